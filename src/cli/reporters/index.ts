import { formatGithub } from './github.js'
import { formatGitlab } from './gitlab.js'
import { formatJson } from './json.js'
import { formatSarif } from './sarif.js'
import type { Reporter } from './reporter.js'
import { formatStylish } from './stylish.js'

export const REPORTERS: Record<string, Reporter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  gitlab: formatGitlab
}
