import { agencyRegistry, extendRegistry, isWire, type Registry } from '../src/analysis/credit/agencies.js'
import { PROSE_KINDS, type Article, type CreditLine, type CreditPart, type Sentence } from '../src/engine/model.js'
import { lineBreakOf, startOfLine } from '../src/engine/line-breaks.js'
import type { Message } from '../src/lint/messages.js'
import { defineRule, type Edit, type Related, type Report, type Suggestion } from '../src/lint/rule.js'
import { checkForm, INITIALS_FORMATS, type InitialsFormat } from './shared/credit-form.js'

// Reads the credit stage's findings (`annotations.credit`, `credits`, `datelines`,
// `agencyCitations`) and judges them against the frontmatter's `agencies` and the options.

interface Evidence {
  agency: string
  why: Message
  span?: { start: number; end: number }
}

export default defineRule({
  meta: {
    id: 'credit-line',
    summary: 'Agency material carries a credit line: present, well-formed, last in the article, naming every agency used.',
    standard:
      'Agency copy may only be published with its credit (the agencies’ terms of use); a credit that omits an agency the text relies on misleads readers about where the report comes from (Pressekodex Ziffer 2, care).',
    severity: 'warn',
    fixable: true,
    languages: ['de', 'en'],
    defaults: { required: false, outlet: '', initials: 'lower' as InitialsFormat, datelineCredits: true },
    schema: {
      required: { type: 'boolean' },
      outlet: { type: 'string' },
      initials: { type: 'enum', values: INITIALS_FORMATS },
      datelineCredits: { type: 'boolean' }
    }
  },
  check(article, context) {
    const registry = extendRegistry(agencyRegistry(), article.annotations.newsroomAgencies ?? [])
    const credits = article.annotations.credits ?? []
    const listed = frontmatterAgencies(article, registry)
    const report = (finding: Report) => context.report(finding)

    const evidence = agencyEvidence(article, registry, listed)
    const credit = article.annotations.credit?.dateline && !context.options.datelineCredits ? null : article.annotations.credit
    if (!credit) {
      if (evidence.length || context.options.required) reportMissing(article, evidence, listed, context.options.outlet, report)
      return
    }
    for (const earlier of credits.slice(0, -1)) {
      report({
        start: earlier.start,
        end: earlier.end,
        message: { key: 'credit-line.second' },
        related: [{ start: credit.start, end: credit.end, message: { key: 'credit-line.last' } }]
      })
    }
    // A dateline or the frontmatter's `credit:` has its own place; only a line in the body can be misplaced.
    const after = credit.dateline || article.blocks[credit.block].kind === 'frontmatter' ? undefined : textAfter(article, credit)
    if (after) {
      report({
        start: credit.start,
        end: credit.end,
        message: { key: 'credit-line.early' },
        related: [{ start: after.start, end: after.end, message: { key: 'credit-line.textAfter' } }]
      })
    }
    for (const line of credits) checkForm(article, line, registry, context.options, report)
    checkComplete(credit, registry, listed, evidence, report)
  }
})

/**
 * The first article sentence after the credit line's block, when at least two full sentences
 * follow: a stray line of pasted material ("Zum Thema", a hub link) is not article text.
 */
function textAfter(article: Article, credit: CreditLine): { start: number; end: number } | undefined {
  // Sentences come in the order of their blocks: the search stops at the second full one.
  let first: Sentence | undefined
  for (const sentence of article.sentences) {
    const block = article.blocks[sentence.block]
    if (block.index <= credit.block || !PROSE_KINDS.has(block.kind) || block.kind === 'title' || block.kind === 'heading') continue
    if (!hasWords(sentence, 4) || !ENDS_SENTENCE.test(sentence.text.trimEnd())) continue
    if (first) return first
    first = sentence
  }
  return undefined
}

/** A full stop, question or exclamation mark or ellipsis at the end, perhaps inside a closing quote. */
const ENDS_SENTENCE = /[.!?…]["“”»«']?$/u

/** Whether the sentence has at least `count` words. */
function hasWords(sentence: Sentence, count: number): boolean {
  let words = 0
  for (const token of sentence.tokens) if (token.kind === 'word' && ++words >= count) return true
  return false
}

/** The agencies the frontmatter lists (`agencies: [dpa, AFP]` or `agency: dpa`), by canonical code. */
function frontmatterAgencies(article: Article, registry: Registry): string[] | undefined {
  const data = article.frontmatter?.data
  const value = data?.agencies ?? data?.agency
  if (value === undefined) return undefined
  const written = (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string')
  return [...new Set(written.map((item) => registry.byLowerSpelling.get(item.toLowerCase())?.code ?? item))]
}

/** Why the article needs a credit: what the frontmatter lists, datelines, and wire agencies the text cites. */
function agencyEvidence(article: Article, registry: Registry, listed: string[] | undefined): Evidence[] {
  const evidence: Evidence[] = (listed ?? []).map((agency) => ({ agency, why: { key: 'credit-line.whyFrontmatter' } }))
  for (const dateline of article.annotations.datelines ?? []) {
    for (const agency of dateline.agencies) evidence.push({ agency, why: { key: 'credit-line.whyDateline' }, span: dateline })
  }
  for (const citation of article.annotations.agencyCitations ?? []) {
    const agency = registry.agencies.find((entry) => entry.code === citation.agency)
    if (agency && isWire(agency) && agency.creditWhenCited !== false)
      evidence.push({ agency: citation.agency, why: { key: 'credit-line.whyCited' }, span: citation })
  }
  return evidence
}

function reportMissing(
  article: Article,
  evidence: Evidence[],
  listed: string[] | undefined,
  outlet: string,
  report: (finding: Report) => void
): void {
  const last = [...article.blocks].reverse().find((block) => PROSE_KINDS.has(block.kind) && block.kind !== 'title')
  const lineStart = last ? startOfLine(article.text, last.end) : 0
  const start = last ? Math.max(last.start, lineStart) : 0
  const end = last?.end ?? 0
  const agencies = [...new Set(evidence.map((item) => item.agency))]
  const related: Related[] = evidence
    .filter((item) => item.span)
    .map((item) => ({ ...item.span!, message: { key: 'credit-line.evidence', data: { agency: item.agency, why: item.why } } }))
  const first = evidence[0]
  const message: Message = first
    ? { key: 'credit-line.missing', data: { agencies: agencies.join(', '), agency: first.agency, why: first.why } }
    : { key: 'credit-line.required' }
  const fix: Edit[] | undefined =
    listed?.length && agencies.every((agency) => listed.includes(agency))
      ? [appendParagraph(article, [outlet, ...listed].filter(Boolean).join('/'))]
      : undefined
  // Agencies only the text cites: no fix, but the line to confirm in the editor.
  const suggestion: Suggestion | undefined =
    !fix && agencies.length ? creditSuggestion(article, [outlet, ...agencies].filter(Boolean).join('/')) : undefined
  report({ start, end, message, ...(related.length ? { related } : {}), ...(fix ? { fix } : {}), ...(suggestion ? { suggestion } : {}) })
}

function creditSuggestion(article: Article, credit: string): Suggestion {
  const { start, end, text } = appendParagraph(article, '')
  return { start, end, text, placeholder: credit, title: { key: 'credit-line.insert', data: { credit } } }
}

/**
 * A paragraph of its own after the body's last prose block, else after its last block or the
 * frontmatter: never inside the frontmatter, whose `title` and `lead` are blocks too.
 */
function appendParagraph(article: Article, text: string): Edit {
  const frontmatter = article.blocks.find((block) => block.kind === 'frontmatter')
  const body = article.blocks.filter((block) => !frontmatter || block.start >= frontmatter.end)
  const after = [...body].reverse().find((block) => PROSE_KINDS.has(block.kind)) ?? body[body.length - 1] ?? frontmatter
  const at = after?.end ?? 0
  const lineBreak = lineBreakOf(article.text)
  return { start: at, end: at, text: `${lineBreak}${lineBreak}${text}` }
}

function checkComplete(
  credit: CreditLine,
  registry: Registry,
  listed: string[] | undefined,
  evidence: Evidence[],
  report: (finding: Report) => void
): void {
  const credited = new Set([...credit.agencies, ...creditedAgencies(credit, registry)])
  const missingListed = (listed ?? []).filter((agency) => !credited.has(agency))
  if (missingListed.length) {
    const fix = completion(credit, missingListed)
    report({
      start: credit.start,
      end: credit.end,
      message: { key: 'credit-line.incomplete', data: { missing: missingListed.join(', '), listed: listed!.join(', ') } },
      ...(fix ? { fix } : {})
    })
  }
  const reported = new Set(missingListed)
  for (const item of evidence) {
    if (!item.span || credited.has(item.agency) || reported.has(item.agency)) continue
    reported.add(item.agency)
    report({
      ...item.span,
      message: { key: 'credit-line.uncredited', data: { agency: item.agency, why: item.why } },
      related: [{ start: credit.start, end: credit.end, message: { key: 'credit-line.creditLine' } }]
    })
  }
  if (!listed) return
  for (const part of credit.parts) {
    const code = partAgency(part, registry)
    if (code && !listed.includes(code)) {
      report({
        start: part.start,
        end: part.end,
        message: { key: 'credit-line.unlisted', data: { code, listed: listed.length ? listed.join(', ') : { key: 'credit-line.none' } } }
      })
    }
  }
}

/** The agencies credited, with the newsroom's own agencies (option) that the stage read as initials or unknown. */
function creditedAgencies(credit: CreditLine, registry: Registry): string[] {
  return credit.parts.map((part) => partAgency(part, registry)).filter((code): code is string => code !== undefined)
}

function partAgency(part: CreditPart, registry: Registry): string | undefined {
  if (part.role === 'agency' || part.role === 'story-id') return part.code
  if (part.role !== 'initials' && part.role !== 'unknown') return undefined
  const agency = registry.byLowerSpelling.get(part.text.toLowerCase())
  return agency && isWire(agency) ? agency.code : undefined
}

/** Add the missing agencies after the last credited one, in the line's own style ("(APA/dpa, …)"), or in front. */
function completion(credit: CreditLine, missing: string[]): Edit[] | undefined {
  if (credit.parts.length === 0 || (credit.separators.length === 0 && credit.parts.length > 1)) return undefined
  const agencies = credit.parts.filter((part) => part.role === 'agency' || part.role === 'story-id')
  // The separator the line already puts between two agencies, else the slash most styles use.
  const between =
    agencies.length > 1
      ? credit.separators.find((separator) => separator.start >= agencies[0].end && separator.end <= agencies[1].start)
      : undefined
  if (between && /\p{L}/u.test(between.value)) return undefined
  const joiner = between?.value === ',' ? ', ' : (between?.value ?? '/')
  if (agencies.length) {
    const after = agencies[agencies.length - 1].end
    return [{ start: after, end: after, text: missing.map((code) => joiner + code).join('') }]
  }
  const before = credit.parts[0].start
  return [{ start: before, end: before, text: missing.map((code) => code + joiner).join('') }]
}
