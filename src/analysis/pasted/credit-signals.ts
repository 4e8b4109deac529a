import type { Registry } from '../credit/agencies.js'
import type { BlockView } from './signals.js'

// The agency credit line and copyright notices inside pasted text: the credit is the article's,
// a copyright footer the page's.

/** The credit line's codes, the agency last ("sba/hos/news.de/dpa"); a photo's credit names its photographer last ("REUTERS/Dana Whitfield"). */
export function isAgencyCodes(text: string, agencies: Registry): boolean {
  return isCreditText(text) && isAgencyCode(text.slice(text.lastIndexOf('/') + 1).toLowerCase(), agencies)
}

// "© 2023 Verlag", "(c) dpa", "Copyright 2016 Reuters": the mark, then a year or a holder's
// capital; the word, then a year ("Das Copyright Office lehnte ab" names an authority). "… zum
// Thema Copyright geäußert" discusses copyright; it is no notice.
const COPYRIGHT_MARK = /(?:©|\([cC]\)) ?(?:(?:19|20)\d\d\b|[A-ZÄÖÜ©])|\b(?:Copyright|COPYRIGHT)\b (?:(?:©|\([cC]\)) ?)?(?:19|20)\d\d\b/
const MAX_NOTICE = 150

/** A short line with a copyright mark and a year or holder, not quoted: a copyright footer. */
export function isCopyrightNotice(view: BlockView): boolean {
  const at = view.text.length <= MAX_NOTICE ? copyrightMarkAt(view.text) : -1
  return at >= 0 && !insideQuotes(view.text, at)
}

/** Where the copyright mark stands ("© 2016 …", "Copyright 2016"), or -1. */
export function copyrightMarkAt(text: string): number {
  return text.search(COPYRIGHT_MARK)
}

/**
 * Whether `at` lies inside German or Swiss quotation marks („…“, »…«, «…»: a guillemet closes the
 * other one, as the engine's quote marking reads them) or straight double ones.
 */
export function insideQuotes(text: string, at: number): boolean {
  const open: string[] = []
  let straight = 0
  for (const char of text.slice(0, at)) {
    const top = open[open.length - 1]
    if (char === '"') straight++
    else if (char === '„') open.push(char)
    else if (char === '“' && top === '„') open.pop()
    else if (char === '»' || char === '«') {
      if (top === (char === '»' ? '«' : '»')) open.pop()
      else open.push(char)
    }
  }
  return open.length > 0 || straight % 2 === 1
}

/**
 * The agency credit line ("sba/hos/news.de/dpa", "(APA, 12.3.2016)", "© dpa-infocom, dpa:…",
 * "Quelle: ntv.de, mli/dpa"): the credit analysis owns it, it is not boilerplate.
 */
export function looksLikeCredit(view: BlockView): boolean {
  return isCreditText(view.text)
}

/** The text, its spaces collapsed, reads as an agency credit line; see looksLikeCredit. */
function isCreditText(text: string): boolean {
  if (text.length > 120) return false
  return (
    /^\(.*\)$/.test(text) ||
    /^[\p{L}.-]+(?:\/[\p{L}.-]+)+$/u.test(text) ||
    text.toLowerCase().includes('dpa-infocom') ||
    /^(?:quelle|source|mit material von|with reporting by|reporting by)\b/i.test(text)
  )
}

/** A credit line of an agency: "(APA, 8.8.2015)", "(dpa)", "sba/hos/news.de/dpa", not "(Video)". */
export function isAgencyCredit(text: string, agencies: Registry): boolean {
  return text.startsWith('(') ? beforeCredit(text, agencies) === '' : isCreditText(text)
}

/**
 * The text without an agency credit at its end, in brackets ("Mehr dazu wollte er nicht sagen.
 * (dpa)", "… (APA, 8.8.2015)") or as the credit line's codes ("… nicht sagen. sba/hos/news.de/dpa"):
 * the brackets open with, or the codes hold, an agency of the registry or "red", or the brackets
 * end with the date of a byline's credit ("(Antonio Fian, 2.1.2016)"). "(Video)" and "und/oder"
 * are the text's own.
 */
export function beforeCredit(text: string, agencies: Registry): string {
  const end = text.trimEnd()
  return end.endsWith(')') ? beforeBracketedCredit(text, end, agencies) : beforeCodes(text, end, agencies)
}

function beforeBracketedCredit(text: string, end: string, agencies: Registry): string {
  // By hand, not /\s*\((…)\)\s*$/: that searches on from every space of a long run.
  const open = end.lastIndexOf('(')
  if (open < 0 || end.length - open > MAX_CREDIT_BRACKETS) return text
  const inside = end.slice(open + 1, -1)
  const first = inside
    .trim()
    .split(/[\s/,;]+/)[0]
    .toLowerCase()
  if (inside.includes(')') || first === '') return text
  return isAgencyCode(first, agencies) || DATED_CREDIT.test(inside) ? text.slice(0, open).trimEnd() : text
}

// A byline's or a desk's credit ending in its date: "(7.9.2015)", "(Antonio Fian, 2.1.2016)".
const DATED_CREDIT = /^(?:[^,]{1,50},\s*)?\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d$/

function beforeCodes(text: string, end: string, agencies: Registry): string {
  const start = codesStart(end)
  // After a space or a line break that is the text's: codes alone, or a cut word, are no credit at the end.
  if (start === undefined || start === 0 || !/\s/.test(end[start - 1])) return text
  return end
    .slice(start)
    .split('/')
    .some((code) => isAgencyCode(code.trim().toLowerCase(), agencies))
    ? end.slice(0, start).trimEnd()
    : text
}

const CODE_CHAR = /[\p{L}.-]/u
const GAP_CHAR = /[ \t]/

/**
 * Where the codes joined by slashes at the end of the text start ("sba/hos/news.de/dpa", "dpa /
 * AFP"), read from the end by hand and only as far as a credit reaches (a pattern for them
 * backtracks on a long run of slashes).
 */
function codesStart(end: string): number | undefined {
  const limit = Math.max(0, end.length - MAX_CREDIT_BRACKETS)
  let at = end.length
  let codes = 0
  let start = at
  while (at > limit) {
    let from = at
    while (from > limit && CODE_CHAR.test(end[from - 1])) from--
    if (from === at) break
    codes++
    start = from
    let gap = from
    while (gap > limit && GAP_CHAR.test(end[gap - 1])) gap--
    if (gap === limit || end[gap - 1] !== '/') break
    gap--
    while (gap > limit && GAP_CHAR.test(end[gap - 1])) gap--
    at = gap
  }
  return codes >= 2 && start > limit ? start : undefined
}

/**
 * The agency credit in brackets that `at` lies inside, from its opening to past its closing
 * bracket, for a credit the sentence splitter cut at a full stop ("(APA, 8.8." | "2015) Folgen Sie
 * …"); the bracket closes before `limit`. `undefined` where `at` lies in no credit.
 */
export function creditAround(text: string, at: number, limit: number, agencies: Registry): { start: number; end: number } | undefined {
  const before = text.slice(Math.max(0, at - MAX_CREDIT_BRACKETS), at)
  const open = before.lastIndexOf('(')
  const close = text.slice(at, Math.min(limit, at + MAX_CREDIT_BRACKETS)).indexOf(')')
  if (open < 0 || before.includes(')', open) || close < 0) return undefined
  const opened = at - before.length + open
  return beforeCredit(text.slice(opened, at + close + 1), agencies) === '' ? { start: opened, end: at + close + 1 } : undefined
}

function isAgencyCode(lower: string, agencies: Registry): boolean {
  return lower === 'red' || agencies.byLowerSpelling.has(lower)
}

// "(APA, 12.3.2016)", "(AFP/Reuters/dpa, 8.8.2015)": a credit in brackets is short.
const MAX_CREDIT_BRACKETS = 82
