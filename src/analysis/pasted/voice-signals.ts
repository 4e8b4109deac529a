import type { Lang, Sentence, Token } from '../../engine/model.js'
import type { Registry } from '../credit/agencies.js'
import { type PastedKind, type PastedLexicon, isBoxLine } from './lexicon.js'
import { normalizePhrase, withoutFormatMarks } from '../phrases.js'
import { type BlockView, endingIn, endsAsQuestion, endsWithoutFullStop, linksFrom } from './signals.js'
import { beforeCredit, isAgencyCodes } from './credit-signals.js'

// The page's voice in a block: calls to action, the reader addressed, the outlet speaking of itself
// and its products, labels and notices. News prose does none of these.

/**
 * A sentence opening with an imperative addressed to the reader: "Folgen Sie …", "Abonnieren Sie
 * …", "Sign up …", or an imperative that sends the reader to a link ("Follow AP's coverage at
 * https://…"), or the infinitive that page furniture calls with ("Jetzt kostenlos registrieren
 * und …"). Not inside quotation marks: „Folgen Sie den Anweisungen“ is someone speaking.
 */
export function hasCallToAction(view: BlockView, lexicon: PastedLexicon): boolean {
  return callsToAction(view, lexicon).length > 0
}

/** The sentences of the block that call on the reader (see hasCallToAction). */
export function callsToAction(view: BlockView, lexicon: PastedLexicon): Sentence[] {
  // A letters page's note calls on readers to write to the newsroom, as its own page.
  if (lexicon.lettersPage.within(view.lower) !== undefined) return []
  return view.sentences.filter((sentence) => {
    // "Folgen Sie ihr auf Instagram?" is an interviewer's question, also with the credit glued after it.
    if (endsAsQuestion(beforeCredit(sentence.text, lexicon.agencies))) return false
    const words = sentence.tokens.filter((token) => token.kind === 'word')
    const [verb, address] = words
    // In a code span the words are the article's verbatim quote ("`Folgen Sie uns auf Facebook!` steht auf dem Plakat").
    if (verb === undefined || verb.quoted || verb.verbatim || reportedAsSaid(sentence, view.block.lang, lexicon)) return false
    // The call negated is advice ("Laden Sie keine App aus unbekannten Quellen herunter").
    if (lexicon.ctaNegations.has(words[2]?.lower ?? '') && !lexicon.ctaNegatedCalls.has(verb.lower)) return false
    if (!lexicon.ctaVerbs.has(verb.lower)) return callsWithInfinitive(sentence, words, lexicon)
    if (followsOneNamed(words, lexicon)) return false
    return (address !== undefined && lexicon.ctaAddress.has(address.lower)) || linksFrom(view, sentence)
  })
}

/** "Folgen Sie der Polizei auf Twitter, …": the one followed is named after an article, and is not the outlet's own. */
function followsOneNamed([verb, , article, followed]: Token[], lexicon: PastedLexicon): boolean {
  return (
    lexicon.followVerbs.has(verb.lower) &&
    article !== undefined &&
    lexicon.followArticles.has(article.lower) &&
    followed !== undefined &&
    !lexicon.ownPeople.has(followed.lower) &&
    lexicon.ctaObjects.equals(followed.lower) === undefined
  )
}

// The subject after a German verb of saying: a pronoun, an article, a name or a noun ("…, bat er",
// "…, rief ein Polizist", "…, hieß es"), or the place words stand ("…, steht auf den Schildern");
// not "wir" or "bitte" of a second call ("…, sagen wir Danke!", "…, bitte spenden Sie"), and not
// the reader ("…, sagen Sie es weiter").
const GERMAN_SUBJECT =
  /^(?:er|sie|es|man|ich|der|die|das|dem|den|des|ein|eine|einer|eines|einem|einen|auf|in|im|am|an|unter|bei|beim|\p{Lu}\p{L}*)$/u
// "…, the mothers of two missing teenagers shouted": the words an English subject may take before its verb.
const MAX_SUBJECT_WORDS = 8
const ENGLISH_SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'some', 'many'])

/**
 * Words reported as someone's, its speaker and verb after it, as newsrooms quote without quotation
 * marks: "Unterstützen Sie uns, bat er.", "Folgen Sie uns, hieß es auf den Plakaten", "Follow us,
 * the guide shouted", "…, said Dr. Lee". German puts the verb first after the comma, its subject
 * next ("…, sagen Sie uns Ihre Meinung" is a second call); English mostly the subject.
 */
export function reportedAsSaid(sentence: Sentence, lang: Lang, lexicon: PastedLexicon): boolean {
  // After any comma: the call may go on before its speaker ("Folgen Sie mir auf Instagram, dort zeige ich alles, sagte sie.").
  return sentence.tokens.some((token, comma) => token.value === ',' && saidAfter(sentence, comma, lang, lexicon))
}

/** A verb of saying with its subject right after the comma at token `comma`, on the sentence's first line. */
function saidAfter(sentence: Sentence, comma: number, lang: Lang, lexicon: PastedLexicon): boolean {
  const words = wordsAfter(sentence.tokens, comma + 1, MAX_SUBJECT_WORDS + 1)
  const [first, second] = words
  if (first === undefined || second === undefined) return false
  const verb =
    lexicon.reportingVerbs.has(first.lower) &&
    (lang === 'de' ? GERMAN_SUBJECT.test(second.value) && !addressesAfterVerb(second, lexicon) : /^\p{Lu}/u.test(second.value))
      ? first
      : lang !== 'de' && (ENGLISH_SUBJECT_OPENERS.has(first.lower) || /^\p{Lu}/u.test(first.value))
        ? englishVerbAfterSubject(words, lexicon)
        : undefined
  // A verb that speaks to the reader promotes ("…, erklärt Ihnen unser Podcast", "…, tells you …").
  const addressed = verb !== undefined && READER[lang].has(words[words.indexOf(verb) + 1]?.value ?? '')
  // On one line: a label's line that the splitter ran on into the next line's reported sentence is still a label.
  return verb !== undefined && !addressed && !/[\r\n]/.test(sentence.text.slice(0, verb.start - sentence.start))
}

/** The reader addressed after a verb ("…, sagen Sie es weiter"); a lower-case "sie" is she or they ("…, sagte sie"). */
function addressesAfterVerb(word: Token, lexicon: PastedLexicon): boolean {
  return lexicon.ctaAddress.has(word.lower) && word.value !== 'sie'
}

/**
 * The first `most` words among the next tokens from `from` on: a sentence of many commas is not
 * read again to its end at each (a run of commas without words would make that quadratic).
 */
function wordsAfter(tokens: Token[], from: number, most: number): Token[] {
  const words: Token[] = []
  const end = Math.min(tokens.length, from + TOKENS_PER_WORD * most)
  for (let k = from; k < end && words.length < most; k++) if (tokens[k].kind === 'word') words.push(tokens[k])
  return words
}

// A word, the blank after it and a mark between: the tokens a subject of `most` words may take.
const TOKENS_PER_WORD = 3

// Words that open a clause of their own: "…, and tell us what you think", "…, Morning Report, which explains …".
const CLAUSE_OPENERS = new Set(['and', 'or', 'which', 'who', 'that', 'what', 'to', 'how', 'where'])

/** The verb of saying after an English subject ("…, the mothers of two missing teenagers shouted"), none where a clause of its own comes first. */
function englishVerbAfterSubject(words: Token[], lexicon: PastedLexicon): Token | undefined {
  for (const word of words.slice(1, MAX_SUBJECT_WORDS + 1)) {
    if (CLAUSE_OPENERS.has(word.lower)) return undefined
    if (lexicon.reportingVerbs.has(word.lower)) return word
  }
  return undefined
}

// "Außenminister Kurz widersprach ihm auf Twitter: …": a lead-in is a clause of words, not a paragraph;
// a ticker's marks open a post's own ("+++ Seehofer sagt: …", "Eilmeldung – Seehofer kündigt an: …").
const LEAD_IN = /^(\p{L}[^:\n+–—|]{0,119}):[ \t]+\S/u

// Where a sentence of the article's prose ends on a line: a full stop, then a capital.
const PROSE_SENTENCE_END = /\.[ \t]+(?=\p{Lu})/gu

/**
 * Where a lead-in of the article's ends that introduces a post on its line with a verb of saying
 * ("Außenminister Kurz widersprach ihm: Die Balkanroute bleibt geschlossen! #Balkanroute"): the
 * post starts after its colon. The lead-in opens the line or, where `afterProse`, follows a sentence
 * of prose on it ("Der Verkehr fließt wieder. Die Stadt twitterte: Wir bleiben dran! #Wien"). 0
 * where there is none.
 */
export function leadInEnd(line: string, lexicon: PastedLexicon, afterProse = true): number {
  const starts = afterProse ? [0, ...[...line.matchAll(PROSE_SENTENCE_END)].map((end) => end.index + end[0].length)] : [0]
  for (const start of starts) {
    const leadIn = LEAD_IN.exec(line.slice(start, start + MAX_LEAD_IN))
    if (!leadIn) continue
    const words = leadIn[1].toLowerCase().split(/[^\p{L}]+/u)
    if (words.some((word) => lexicon.reportingVerbs.has(word))) return start + leadIn[0].length - 1
  }
  return 0
}

// Room for the lead-in, its colon, the blanks after it and the post's first character.
const MAX_LEAD_IN = 200

/**
 * "Jetzt registrieren", "Jetzt kostenlos anmelden und …", "Jetzt Plus testen: …": "jetzt", at
 * most two words, a call's verb ending the clause. "Jetzt testen die Forscher …" goes on with a
 * subject: prose. A separable verb ("weiterlesen", "herunterladen") is never the finite verb after
 * "jetzt" ("Jetzt lesen die Schüler weiter"): "Jetzt weiterlesen für 1 Euro." calls whatever follows.
 */
function callsWithInfinitive(sentence: Sentence, words: Token[], lexicon: PastedLexicon): boolean {
  if (words[0]?.lower !== 'jetzt') return false
  const at = words.slice(1, 4).findIndex((word) => lexicon.ctaVerbs.has(word.lower)) + 1
  if (at === 0) return false
  if (lexicon.ctaSeparable.has(words[at].lower)) return true
  const next = words[at + 1]
  if (next === undefined || next.lower === 'und') return true
  const after = sentence.tokens.find((token) => token.start >= words[at].end && token.kind !== 'whitespace')
  return after !== undefined && CLAUSE_END.test(after.value)
}

// A colon or a dash after the verb ends the call's clause ("Jetzt Plus testen: Vier Wochen …").
const CLAUSE_END = /^[:–—]$/

/**
 * What a call to action points at: a network or the outlet, a link in the call, or a newsletter, an app, "uns"
 * in the outlet's voice or with an exclamation mark. "Laden Sie keine App aus unbekannten Quellen
 * herunter." in a list of tips names an app, not the outlet's.
 */
export function namesCallToActionObject(view: BlockView, lexicon: PastedLexicon): boolean {
  if (lexicon.ctaPlaces.within(view.lower) !== undefined || namesOutlet(view, lexicon)) return true
  if (callsToAction(view, lexicon).some((sentence) => linksFrom(view, sentence))) return true
  return lexicon.ctaObjects.within(view.lower) !== undefined && (speaksAsOutlet(view) || exclaims(view))
}

const endsWithExclamation = endingIn('!')

/** Ends with an exclamation mark ("Jetzt testen!"). */
function exclaims(view: BlockView): boolean {
  return endsWithExclamation(view.text)
}

/** The outlet advertises its own products: "… bei BILD und in der BILD-App!". */
export function promotesOutletProduct(view: BlockView, lexicon: PastedLexicon): boolean {
  return lexicon.products.within(view.lower) !== undefined && namesOutlet(view, lexicon)
}

/** The outlet names itself ("News.de", "ZEIT ONLINE"); names are case-sensitive, domains are not. */
export function namesOutlet(view: BlockView, lexicon: PastedLexicon): boolean {
  return lexicon.outlets.some((outlet) => {
    const domain = outlet.includes('.')
    const haystack = domain ? view.lower : view.text
    const needle = domain ? outlet.toLowerCase() : outlet
    // An empty name names no outlet, and every place would match it again and again.
    if (needle === '') return false
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const before = haystack[at - 1]
      const after = haystack[at + needle.length]
      const bounded = (before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))
      if (bounded && !inCreditCodes(haystack, at, lexicon)) return true
    }
    return false
  })
}

/** The credit line's codes hold the outlet's name ("… Community. sba/hos/news.de/dpa"): no outlet naming itself to the reader. */
function inCreditCodes(text: string, at: number, lexicon: PastedLexicon): boolean {
  const start = text.lastIndexOf(' ', at) + 1
  const end = text.indexOf(' ', at)
  return isAgencyCodes(text.slice(start, end < 0 ? text.length : end), lexicon.agencies)
}

const READER = {
  de: new Set(['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres']),
  en: new Set(['you', 'your', 'You', 'Your'])
}
// The polite "Sie" takes the plural: "Sie will", "Sie hat" after a colon is "she".
const THIRD_PERSON_SINGULAR = new Set(
  'ist war hat hatte wird wurde will wollte kann konnte muss musste soll sollte darf durfte mag möchte weiß wusste'.split(' ')
)

/**
 * The block speaks to the reader ("Sie", "Ihnen", "you"). A German "Sie" or "Ihr" opening a
 * sentence is as often "she" or "her": there only the words inside a sentence count. Quoted words
 * are someone's („Abonnieren Sie ihn kostenlos!“, warb der Chefredakteur).
 */
export function addressesReader(view: BlockView): boolean {
  return view.sentences.some((sentence) =>
    speaksToReader(
      sentence.tokens.filter((token) => token.kind === 'word' && !token.quoted).map((token) => token.value),
      view.block.lang
    )
  )
}

/**
 * A line that speaks to the reader in a phrase of the kind's, as a consent box's placeholder does
 * ("An dieser Stelle finden Sie einen externen Inhalt von X, …"); an article's sentence may name
 * one ("Der Ausschuss will sich den Beitrag ansehen, …").
 */
export function isPlaceholderLine(lexicon: PastedLexicon, kind: PastedKind, written: string, lang: Lang): boolean {
  const line = withoutFormatMarks(written)
  return isBoxLine(lexicon, kind, normalizePhrase(line)) && speaksToReader(line.match(/\p{L}+/gu) ?? [], lang)
}

/**
 * `line` opens a consent box: an embed's label, its placeholder speaking to the reader on the `next`
 * line ("Empfohlener redaktioneller Inhalt⏎An dieser Stelle finden Sie …"). A player's label inside
 * a post ("Video abspielen") opens none.
 */
export function opensConsentBox(line: string, next: string | undefined, lexicon: PastedLexicon, lang: Lang): boolean {
  // A pointer or an emoji may stand before the label ("📰 Empfohlener redaktioneller Inhalt").
  const label = normalizePhrase(line.replace(/^[^\p{L}\p{N}]+/u, ''))
  return next !== undefined && lexicon.kinds.embed.opens.opens(label) !== undefined && isPlaceholderLine(lexicon, 'embed', next, lang)
}

/** The words of one sentence speak to the reader (see `addressesReader`). */
export function speaksToReader(words: string[], lang: Lang): boolean {
  const reader = READER[lang]
  return words.some(
    (word, index) =>
      reader.has(word) && (lang !== 'de' || (index > 0 && !(word === 'Sie' && THIRD_PERSON_SINGULAR.has(words[index + 1] ?? ''))))
  )
}

/**
 * The text promotes: it speaks as the outlet, sends the reader somewhere (an imperative, a linked
 * label) or exclaims ("Jetzt testen!"). News prose about apps, subscriptions and standards does none of
 * these; speaking to the reader alone is service journalism too ("Achten Sie auf die
 * Cookie-Einstellungen").
 */
export function promotes(view: BlockView, lexicon: PastedLexicon): boolean {
  return speaksAsOutlet(view) || callsOrExclaims(view, lexicon)
}

/**
 * The words naming one of the outlet's products in its own voice, unquoted: its possessive, then
 * within three words the product or a compound ending in it ("unsere App", "unserem kostenlosen
 * Wetter-Newsletter").
 */
export function ownProduct(sentence: Sentence, lexicon: PastedLexicon): string | undefined {
  const words = sentence.tokens.filter((token) => token.kind === 'word' && !token.quoted)
  for (let at = 0; at < words.length; at++) {
    if (!lexicon.possessives.has(words[at].lower)) continue
    for (let next = at + 1; next < Math.min(words.length, at + 4); next++) {
      if (isProduct(words[next].lower, lexicon))
        return words
          .slice(at, next + 1)
          .map((word) => word.value)
          .join(' ')
    }
  }
  return undefined
}

function isProduct(lower: string, lexicon: PastedLexicon): boolean {
  const dash = lower.lastIndexOf('-')
  if (lexicon.productWords.has(lower) || (dash > 0 && lexicon.productWords.has(lower.slice(dash + 1)))) return true
  // A closed compound of a long product word, also in the genitive: "unseres Wissenschaftspodcasts" ("knapp" ends in no "app").
  const stem = lower.endsWith('s') ? lower.slice(0, -1) : lower
  return [...lexicon.productWords].some(
    (product) => product.length >= MIN_COMPOUND_PRODUCT && stem.length > product.length && stem.endsWith(product)
  )
}

const MIN_COMPOUND_PRODUCT = 7

/**
 * Speaks to the reader, calls, exclaims or stands as a label: where the outlet's products and desk
 * in its own voice promote ("Mit unserem Newsletter erhalten Sie …"). An interviewee speaks of
 * "unsere App" too ("Unsere App hat kaum jemand benutzt.").
 */
export function addressesOrCalls(view: BlockView, lexicon: PastedLexicon): boolean {
  return addressesReader(view) || callsOrExclaims(view, lexicon) || standsAsLabel(view.text, lexicon.agencies)
}

/**
 * Ends without a full stop and is no question: a label ("Alles Wichtige in unserer App"). A credit
 * at the end is no part of the text ("Mehr dazu wollte er nicht sagen. (dpa)", "… dpa / AFP").
 */
export function standsAsLabel(text: string, agencies: Registry): boolean {
  const own = beforeCredit(text, agencies)
  return endsWithoutFullStop(own) && !endsAsQuestion(own)
}

/** An opening phrase in which the outlet is the subject: "Wir verwenden Cookies", "We use cookies". */
const OUTLET_SUBJECT = /^(?:wir|we)\s/i

/**
 * After an opening phrase that is no label, what makes its sentence promote: a call or an
 * exclamation, the phrase as the outlet's own statement, or the outlet's voice speaking to the
 * reader or pointing to what is its own ("Mehr dazu in unserer Datenschutzerklärung."). The
 * newsroom telling of its work ("In Kooperation mit der Universität haben wir 500 Menschen
 * befragt.") reports, and so does a label's possessive in prose ("Unsere Empfehlung lautet, …").
 */
export function promotesAfterOpening(view: BlockView, lexicon: PastedLexicon, phrase: string): boolean {
  if (callsOrExclaims(view, lexicon)) return true
  if (!speaksAsOutlet(view)) return false
  return OUTLET_SUBJECT.test(phrase) || addressesReader(view) || ownsAfter(view, lexicon, phrase.split(/\s+/).length)
}

/** An unquoted possessive of the outlet's after the block's first `skipped` words. */
function ownsAfter(view: BlockView, lexicon: PastedLexicon, skipped: number): boolean {
  let words = 0
  return view.sentences.some((sentence) =>
    sentence.tokens.some((token) => token.kind === 'word' && words++ >= skipped && !token.quoted && lexicon.possessives.has(token.lower))
  )
}

function callsOrExclaims(view: BlockView, lexicon: PastedLexicon): boolean {
  return hasCallToAction(view, lexicon) || linkedLabel(view) || exclaims(view)
}

/** A link in a line without a full stop: a link box's label. A link in a sentence of prose cites. */
function linkedLabel(view: BlockView): boolean {
  return view.block.links.length > 0 && endsWithoutFullStop(view.text)
}

const OUTLET_WE = new Set(['wir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'we', 'us', 'our'])

/** The block speaks as the outlet ("Folgen Sie uns", "Sign up for our …"). */
export function speaksAsOutlet(view: BlockView): boolean {
  return view.sentences.some((sentence) =>
    sentence.tokens.some((token) => token.kind === 'word' && !token.quoted && OUTLET_WE.has(token.lower))
  )
}

// "Dieser Artikel …", "Um diesen Artikel zu lesen", "Diese Website …", "This article …".
export const THIS_PAGE =
  /\b(?:dies(?:er|e|es|en|em)|this)\s+(?:artikel|text|beitrag|seite|website|audioversion|zusammenfassung|article|story|site|page|summary)\b/i

/**
 * A sentence in the voice of page furniture: it speaks to the reader or calls on them, stands as
 * a label, speaks as the outlet or of this page ("Wenn Sie fortfahren, stimmen Sie … zu.", "A
 * version of this article appears in print …"), or reads as a notice. Report prose does none of these.
 */
export function inFurnitureVoice(view: BlockView, lexicon: PastedLexicon): boolean {
  return addressesOrCalls(view, lexicon) || speaksAsOutlet(view) || THIS_PAGE.test(view.text) || readsAsNotice(view, lexicon)
}

/**
 * Two of the notices' words (`boilerplate.noticeWords`) unquoted, and no figure: "Der Inhalt darf
 * nicht kopiert werden.", "Nachdruck und Weiterverbreitung nur mit Genehmigung.", "Damit können
 * Daten an Meta übermittelt werden.". A report's sentence names one at most ("Die Genehmigung
 * fehlte.") or gives figures ("… mit 120 Kräften im Einsatz").
 */
export function readsAsNotice(view: BlockView, lexicon: PastedLexicon): boolean {
  if (/\p{N}/u.test(view.text)) return false
  const words = view.sentences.flatMap((sentence) => sentence.tokens.filter((token) => token.kind === 'word' && !token.quoted))
  const notice = new Set(words.map((word) => word.lower).filter((lower) => lexicon.noticeWords.has(lower)))
  return notice.size >= MIN_NOTICE_WORDS
}

const MIN_NOTICE_WORDS = 2
