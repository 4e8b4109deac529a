import { formatGithub } from './github.js'
import { formatGitlab } from './gitlab.js'
import { formatJson } from './json.js'
import { formatSarif } from './sarif.js'
import type { Reporter } from './reporter.js'
import { formatStylish } from './stylish.js'

// A Map, not an object: `--format constructor` must not find Object's own properties.
export const REPORTERS = new Map<string, Reporter>([
  ['stylish', formatStylish],
  ['json', formatJson],
  ['sarif', formatSarif],
  ['github', formatGithub],
  ['gitlab', formatGitlab]
])
