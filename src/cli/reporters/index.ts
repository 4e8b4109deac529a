import { formatGithub } from './github.js'
import { formatGitlab } from './gitlab.js'
import { formatJson } from './json.js'
import { formatSarif } from './sarif.js'
import type { Reporter } from './reporter.js'

// A Map, not an object: `--format constructor` must not find Object's own properties. The stylish
// report is loaded when asked for: string-width builds a segmenter and an emoji expression as it
// loads (about 50 ms of CPU), which the other formats never need.
export const REPORTERS = new Map<string, () => Promise<Reporter>>([
  ['stylish', async () => (await import('./stylish.js')).formatStylish],
  ['json', async () => formatJson],
  ['sarif', async () => formatSarif],
  ['github', async () => formatGithub],
  ['gitlab', async () => formatGitlab]
])
