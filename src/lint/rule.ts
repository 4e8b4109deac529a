import type { Article, Lang } from '../engine/model.js'
import type { Schema } from '../engine/schema.js'
import type { Message } from './messages.js'

/** Suggestions sit below warnings: shown for review, never a reason to stop a commit. */
export const SEVERITIES = ['off', 'suggestion', 'warn', 'error'] as const
export type Severity = (typeof SEVERITIES)[number]

/** The one reading of a configured severity, for whole rules and for checks of a rule. */
export function parseSeverity(value: unknown): Severity | undefined {
  return SEVERITIES.find((severity) => severity === value)
}

/** How a severity is named in messages about a bad setting. */
export const SEVERITY_CHOICES = SEVERITIES.map((severity) => `"${severity}"`).join(', ')

/** One text edit; offsets into `Article.text`. */
export interface Edit {
  start: number
  end: number
  text: string
}

/**
 * Wording an editor may take where the fix is mechanical but needs a word only the writer knows
 * ("Laut [Medium]"): the language server offers it as a snippet; --fix never applies it.
 */
export interface Suggestion {
  start: number
  end: number
  /** The text before the placeholder. */
  text: string
  placeholder: string
  /** What the editor's quick fix says it does. */
  title: Message
}

export interface Related {
  start: number
  end: number
  message: Message
}

export interface Report {
  start: number
  end: number
  /** A catalogue key with its parameters (`src/lint/messages.ts`), in the locale's words when reported. */
  message: Message
  /** Minimal edits that fix this finding, applied together. */
  fix?: Edit[]
  /** A severity for this finding alone, for rules whose checks are configured one by one; the rule's otherwise. */
  severity?: Exclude<Severity, 'off'>
  suggestion?: Suggestion
  /** Where the cause of the finding lies (the sentence a source came from, the headline that drops a hedge). */
  related?: Related[]
  /** Which kind of gap the finding is, for rules whose findings come in kinds (machine-readable, in JSON output). */
  kind?: string
}

export type RuleOptions = Record<string, unknown>

export interface RuleMeta<O extends RuleOptions = RuleOptions> {
  id: string
  /** One line: what the rule checks. */
  summary: string
  /** The standard the rule enforces (Pressekodex Ziffer, agency handbook) and why. */
  standard: string
  severity: Exclude<Severity, 'off'>
  fixable: boolean
  languages: Lang[]
  /** Default options. */
  defaults: O
  /** The shape of each option, checked when the config is read. */
  schema: { [K in keyof O]: Schema }
}

export interface RuleContext<O extends RuleOptions> {
  options: O
  report(report: Report): void
}

export interface Rule<O extends RuleOptions = RuleOptions> {
  meta: RuleMeta<O>
  check(article: Article, context: RuleContext<O>): void
}

/** Helps TypeScript infer a rule's option type from its defaults. */
export function defineRule<O extends RuleOptions>(rule: Rule<O>): Rule<O> {
  return rule
}
