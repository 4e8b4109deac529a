import { join, resolve } from 'node:path'
import type { Root } from 'mdast'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { ConfigError, configFromSettings, type Config } from '../config/config.js'
import { ConfigResolver } from '../config/resolver.js'
import { ruleDocsUrl } from '../docs/rule-docs.js'
import { LimitError } from '../engine/limits.js'
import { addVfileMessage, lintSource, type Finding } from '../lint/lint.js'

/** `.use(newslint, options)`: a config file to use, or settings written as a config file's are. */
export interface Options {
  /** A config file used for every file, as `--config` gives it; else each file's nearest one. */
  config?: string
  /** Settings as in a config file (`rules`, `lang`, `vocabulary`, `extends`, `ignore`); they replace discovery. */
  settings?: Record<string, unknown>
}

// The parsers newslint's own tree is built with: a pipeline that has both parses the same tree.
const PARSER_PLUGINS = ['remarkFrontmatter', 'remarkGfm']

/**
 * newslint as a unified plugin: the same rules and config as the command line, each finding a
 * message on the file (`fatal` for errors), with the rule's documentation and the fix as
 * `expected`.
 */
export default function remarkNewslint(this: Processor, options: Options = {}) {
  const resolver = new ConfigResolver(options.config ? { configPath: options.config } : {})
  const names = new Set(this.attachers.map(([plugin]) => plugin.name))
  const reuseTree = PARSER_PLUGINS.every((name) => names.has(name))
  let settings: Config | undefined

  return function lint(tree: Root, file: VFile): void {
    const path = resolve(file.cwd, file.path || 'untitled.md')
    if (file.path && resolver.isIgnored(path)) return
    let config: Config
    try {
      config = options.settings
        ? (settings ??= configFromSettings(options.settings, join(file.cwd, 'newslint-options')))
        : resolver.forFile(path)
    } catch (error) {
      if (error instanceof ConfigError) file.fail(error.message, { ruleId: 'config', source: 'newslint' })
      throw error
    }
    const source = String(file.value)
    let findings: Finding[]
    try {
      findings = lintSource(path, source, config, reuseTree ? { tree } : {}).findings
    } catch (error) {
      // Too large or too deep to lint: said once on the file, as the command line says it.
      if (error instanceof LimitError) file.fail(error.message, { ruleId: 'limits', source: 'newslint' })
      throw error
    }
    for (const finding of findings) report(file, source, finding)
  }
}

function report(file: VFile, source: string, finding: Finding): void {
  const message = addVfileMessage(file, finding)
  message.url = ruleDocsUrl(finding.ruleId)
  if (finding.fix?.length) {
    // The text the fix touches, before and after: the finding's range widened to its edits.
    const start = finding.fix.reduce((min, edit) => Math.min(min, edit.start), finding.offset)
    const end = finding.fix.reduce((max, edit) => Math.max(max, edit.end), finding.endOffset)
    let fixed = ''
    let at = start
    for (const edit of [...finding.fix].sort((a, b) => a.start - b.start)) {
      fixed += source.slice(at, edit.start) + edit.text
      at = edit.end
    }
    message.actual = source.slice(start, end)
    message.expected = [fixed + source.slice(at, end)]
  }
}
