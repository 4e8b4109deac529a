import type { Article } from '../../engine/model.js'

// Sentences are cut from the visible text; the markup around a pasted sentence ("**Lesen Sie
// auch:** [Titel](https://…)") goes with it, so that removing it leaves no stray markup.

export function withSyntaxBefore(article: Article, start: number): number {
  let at = start
  for (;;) {
    while (at > 0 && isSyntax(article, at - 1)) at--
    // An HTML tag's attributes stand after a space or a line break ("<a href=…>"): the whole tag goes, or "<a" would be left.
    const window = Math.max(0, at - MAX_TAG)
    const open = article.text.slice(window, at).lastIndexOf('<') + window
    if (open < window || !OPENING_TAG.test(article.text.slice(open, at)) || article.plain.slice(open, at).trim() !== '') break
    at = open
  }
  // A void element ("<img alt=…>", "<br>") before the pasted text holds none of it: it stays, with what stands
  // before it. One inside a pasted element goes with it ("<a href=…><img src=…>Mit unserem Newsletter …</a>").
  const markup = article.text.slice(at, start)
  let kept = at
  for (const element of markup.matchAll(VOID_ELEMENT)) {
    if (ELEMENT_OPENING.test(markup.slice(kept - at, element.index))) break
    kept = at + element.index + element[0].length
  }
  return kept
}

// The start of an opening tag up to its attributes, markup the visible text leaves blank; looked for this far back.
const OPENING_TAG = /^<[a-zA-Z][a-zA-Z0-9-]{0,20}\s[^<>]*$/
const MAX_TAG = 300
const VOID_ELEMENT = /<(?:area|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b[^<>]*>/gi
const ELEMENT_OPENING = /<[a-zA-Z]/

export function withSyntaxAfter(article: Article, end: number): number {
  let at = end
  while (at < article.text.length && isSyntax(article, at)) at++
  // An HTML element opening after the pasted text holds the article's ("…!<sup>1</sup> Die Sitzung", "…!<br>Die Sitzung"): it stays.
  const opening = article.text.slice(end, at).search(ELEMENT_OPENING)
  return opening < 0 ? at : end + opening
}

/**
 * The span without the markup at its edges where taking it would leave its partner behind: a
 * pasted sentence at the end of an emphasis or a link that holds the article's words ("*Das Papier
 * … werden. Video abspielen*", "[… Kompromiss. Video abspielen](…)") goes without the closing marks.
 */
export function balanced(article: Article, span: { start: number; end: number }): { start: number; end: number } {
  if (pairs(article, span)) return span
  // A link's text may end in a space before its closing bracket ("[Lesen Sie auch: … ](…)").
  let after = span.end
  while (after < article.text.length && (article.text[after] === ' ' || article.text[after] === '\t')) after++
  const closed = { start: span.start, end: withSyntaxAfter(article, after) }
  if (closed.end > after && pairs(article, closed)) return closed
  let { start, end } = span
  while (start < end && isSyntax(article, start)) start++
  while (end > start && isSyntax(article, end - 1)) end--
  return { start, end }
}

/** Every emphasis run and bracket of markup in the span has its partner in it ("**…**", "[…](…)"). */
function pairs(article: Article, { start, end }: { start: number; end: number }): boolean {
  const counts = { '*': 0, _: 0, '~': 0, '[': 0, ']': 0 }
  for (let at = start; at < end; at++) {
    const char = article.text[at]
    if (!(char in counts) || !isSyntax(article, at)) continue
    // A run of one emphasis mark ("**") opens or closes once; brackets count one by one.
    if (char === '[' || char === ']' || article.text[at - 1] !== char || at === start) counts[char as keyof typeof counts]++
    // A link's address is no markup: "_" in "(https://twitter.com/Stadt_Wien/…)" is no emphasis.
    const address = char === ']' && article.text[at + 1] === '(' ? article.text.indexOf(')', at + 2) : -1
    if (address >= 0 && address < end) at = address
  }
  return counts['*'] % 2 === 0 && counts._ % 2 === 0 && counts['~'] % 2 === 0 && counts['['] === counts[']']
}

/** Markup blanked out of the visible text (not whitespace the text had anyway). */
function isSyntax(article: Article, at: number): boolean {
  return article.plain[at] === ' ' && !/\s/.test(article.text[at])
}
