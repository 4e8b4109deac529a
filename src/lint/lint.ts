import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { RULES } from '../../rules/index.js'
import { analyze } from '../engine/analyze.js'
import type { DocumentAnalysis } from '../engine/incremental.js'
import { analyzeOptions, ruleById, type Config } from '../config/config.js'
import { createSuppressor, findDirectives } from './control.js'
import { LINE_BREAK } from '../engine/line-breaks.js'
import type { Article, Lang } from '../engine/model.js'
import { clip, renderMessage, type Message } from './messages.js'
import type { Edit, Report, Severity, Suggestion } from './rule.js'

export interface Position {
  /** 1-based line and column (UTF-16 code units, as editors count). */
  line: number
  column: number
  endLine: number
  endColumn: number
  /** 0-based offsets into the file text as a JavaScript string. */
  offset: number
  endOffset: number
}

/** 0 suggestion, 1 warning, 2 error. */
export type FindingSeverity = 0 | 1 | 2

export const SUGGESTION = 0
export const WARNING = 1
export const ERROR = 2

const LEVELS: Record<Exclude<Severity, 'off'>, FindingSeverity> = { suggestion: SUGGESTION, warn: WARNING, error: ERROR }
const NAMES = ['suggestion', 'warning', 'error'] as const

/** vfile's reading of a message's level: true an error, false a warning, unset an info (a suggestion). */
export function vfileFatal(severity: FindingSeverity): boolean | undefined {
  return severity === ERROR ? true : severity === WARNING ? false : undefined
}

/** A finding as a message on a vfile (the terminal report and the remark plugin), with `reason` as its text and the detail as its note. */
export function addVfileMessage(file: VFile, finding: Finding, reason = finding.message): ReturnType<VFile['message']> {
  const message = file.message(reason, {
    place: {
      start: { line: finding.line, column: finding.column, offset: finding.offset },
      end: { line: finding.endLine, column: finding.endColumn, offset: finding.endOffset }
    },
    ruleId: finding.ruleId,
    source: 'newslint'
  })
  message.fatal = vfileFatal(finding.severity)
  if (finding.detail) message.note = finding.detail
  return message
}

/** A finding's severity as reports name it. */
export function severityName(severity: FindingSeverity): (typeof NAMES)[number] {
  return NAMES[severity]
}

export interface Finding extends Position {
  ruleId: string
  severity: FindingSeverity
  /** The first line: short, in the locale's words. */
  message: string
  /** Why (the claim, the cue, the source that stopped carrying over), for `--verbose`, hover and JSON. */
  detail?: string
  /** The kind of gap, for rules whose findings come in kinds. */
  kind?: string
  /** Edits in file offsets; applying them all fixes this finding. */
  fix?: Edit[]
  /** Wording with a placeholder, in file offsets, for the editor's quick fix. */
  suggestion?: Omit<Suggestion, 'title'> & { title: string }
  related?: Array<Position & { message: string }>
}

export interface LintResult {
  path: string
  source: string
  article: Article
  findings: Finding[]
  /** The language the findings are worded in. */
  locale: Lang
}

/** Unknown rule ids reported for one control comment, the first ones, each shown up to its first characters. */
const MAX_UNKNOWN_RULES_PER_COMMENT = 10
const MAX_RULE_ID_SHOWN = 40

// Findings that come from the engine itself rather than from a rule.
export const ENGINE_RULES = { frontmatter: 'frontmatter', inlineConfig: 'inline-config', internal: 'internal-error' } as const

/** What a caller may already have for the text: its markdown tree, or the document's analyses so far. */
export interface Given {
  tree?: Root
  document?: DocumentAnalysis
  /** Called before each rule, and may throw to stop a lint gone stale (the editor's text changed again). */
  beforeRule?: () => void
}

/** Analyse once and run every enabled rule on the shared model. */
export function lintSource(path: string, source: string, config: Config, { tree, document, beforeRule }: Given = {}): LintResult {
  const options = { ...analyzeOptions(config), ...(tree ? { tree } : {}) }
  const article = document ? document.analyze(path, source, options) : analyze(path, source, options)
  const place = location(source)
  const toPosition = (start: number, end: number): Position => {
    const offset = article.toSource(start)
    const endOffset = article.toSource(Math.max(end, start))
    const from = place.toPoint(offset) ?? { line: 1, column: 1 }
    const to = place.toPoint(endOffset) ?? endPoint(source)
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, offset, endOffset }
  }
  const findings: Finding[] = []
  const locale = config.locale ?? article.lang
  // A generated file can repeat one finding thousands of times: each rendered text is kept once.
  const rendered = new Map<string, string>()
  const once = (value: string): string => rendered.get(value) ?? (rendered.set(value, value), value)
  const text = (message: Message) => {
    const { message: first, detail } = renderMessage(message, locale)
    return detail === undefined ? { message: once(first) } : { message: once(first), detail: once(detail) }
  }
  const add = (ruleId: string, severity: FindingSeverity, report: Report) => {
    findings.push({
      ruleId,
      severity: report.severity ? LEVELS[report.severity] : severity,
      ...text(report.message),
      ...(report.kind ? { kind: report.kind } : {}),
      ...toPosition(report.start, report.end),
      ...(report.fix
        ? { fix: report.fix.map((edit) => ({ start: article.toSource(edit.start), end: article.toSource(edit.end), text: edit.text })) }
        : {}),
      ...(report.suggestion
        ? {
            suggestion: {
              ...report.suggestion,
              start: article.toSource(report.suggestion.start),
              end: article.toSource(report.suggestion.end),
              title: text(report.suggestion.title).message
            }
          }
        : {}),
      ...(report.related
        ? {
            related: report.related.map((related) => ({
              message: text(related.message).message,
              ...toPosition(related.start, related.end)
            }))
          }
        : {})
    })
  }

  const error = article.frontmatter?.error
  if (error)
    add(ENGINE_RULES.frontmatter, 2, {
      start: error.start,
      end: error.end,
      message: { key: 'engine.frontmatter', data: { error: error.message } }
    })

  const directives = findDirectives(article)
  for (const directive of directives) {
    // Each finding quotes its comment: a comment of 50,000 made-up ids made 50,000 findings of megabytes each.
    const unknown = new Set(directive.rules.filter((id) => !ruleById(id) && !Object.values(ENGINE_RULES).includes(id as never)))
    for (const id of [...unknown].slice(0, MAX_UNKNOWN_RULES_PER_COMMENT)) {
      add(ENGINE_RULES.inlineConfig, 2, {
        start: directive.start,
        end: directive.end,
        // Clipped: the stylish report measures each message's width, which takes minutes beyond 65,535 characters.
        message: { key: 'engine.unknownRule', data: { id: clip(id, MAX_RULE_ID_SHOWN), kind: directive.kind } }
      })
    }
  }

  for (const rule of RULES) {
    const setting = config.rules.get(rule.meta.id)
    if (!setting || setting.severity === 'off') continue
    const severity = LEVELS[setting.severity]
    // Outside the rule's guard: a stop is no bug of the rule.
    beforeRule?.()
    try {
      rule.check(article, { options: setting.options, report: (report) => add(rule.meta.id, severity, report) })
    } catch (cause) {
      // One rule's bug must not cost the editor every other finding.
      add(ENGINE_RULES.internal, 2, {
        start: 0,
        end: 0,
        message: { key: 'engine.internal', data: { rule: rule.meta.id, error: (cause as Error).message } }
      })
    }
  }

  let lines: string[] | undefined
  const nextContentLine = (line: number) => {
    lines ??= source.split(LINE_BREAK)
    let next = line + 1
    while (next <= lines.length && lines[next - 1].trim() === '') next++
    return next
  }
  const suppressor = createSuppressor(
    directives.map((d) => ({ ...d, start: article.toSource(d.start), end: article.toSource(d.end) })),
    (offset) => place.toPoint(offset)?.line ?? 1,
    nextContentLine
  )
  const kept = findings.filter(
    (finding) => finding.ruleId === ENGINE_RULES.inlineConfig || !suppressor.isDisabled(finding.ruleId, finding.offset, finding.line)
  )
  return { path, source, article, findings: kept.sort(compareFindings), locale }
}

function compareFindings(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message)
}

function endPoint(source: string): { line: number; column: number } {
  const lines = source.split(LINE_BREAK)
  return { line: lines.length, column: lines[lines.length - 1].length + 1 }
}
