import { append } from '../engine/arrays.js'
import {
  PROSE_KINDS,
  type Article,
  type Block,
  type HedgeCue,
  type Lang,
  type Sentence,
  type SourceMention,
  type Token
} from '../engine/model.js'
import { type AnalyzeOptions, type Stage, inSentence } from '../engine/stage.js'
import { vocabularyWords, type Vocabulary } from '../engine/vocabulary.js'
import { anyIn, bare, clauseAround, isLowerCase, isQuestion, isWord, wordAfter, wordBefore, wordUnits } from './clauses.js'
import { compilePhrase, hedgeLexicon, type HedgeKind, type HedgeLexicon, type ParticipleCue, type Phrase } from './hedge-lexicon.js'
import { hasKonjunktivI } from './german-verbs.js'
import { isParticiple, isReportativeSoll, isReportativeWill } from './modal.js'
import { mentionsBySentence } from './sources/index.js'

// Finds every hedge cue in the article's prose: fixed words ("angeblich", "offenbar"), phrases
// ("Berichten zufolge", "is said to") and the cues that need their context read: reportative
// `soll`/`will`, speculative `könnte`/`dürfte`, `wohl`, `scheinen`, `es heißt`. Hedges inside direct
// quotes are found too and flagged `quoted`; the rule decides what to hold against the writer.

export const hedgesStage: Stage = { id: 'hedges', reads: ['blockKinds', 'sources'], writes: ['hedges'], run: findHedges }

function findHedges(article: Article, options: AnalyzeOptions): void {
  const { vocabulary } = options
  const cues: HedgeCue[] = []
  const sources = mentionsBySentence(article.annotations.sources ?? [])
  // The lexicon's and the newsroom's phrases and ignored cues, read once per language rather than per block.
  const byLang = new Map<Lang, { phrases: HedgePhrases; ignore: Set<string> }>()
  for (const block of proseBlocks(article)) {
    const lex = hedgeLexicon(block.lang)
    let words = byLang.get(block.lang)
    if (!words) {
      words = {
        phrases: indexPhrases([...lex.phrases, ...extraPhrases(vocabulary, block.lang)]),
        ignore: new Set(vocabularyWords(vocabulary, block.lang, 'ignoredCues').map((cue) => cue.toLowerCase()))
      }
      byLang.set(block.lang, words)
    }
    const { phrases, ignore } = words
    const headline = block.kind === 'title' || block.kind === 'lead' || block.kind === 'heading'
    for (const index of block.sentences) {
      const sentence = article.sentences[index]
      const mentions = sources.get(index) ?? []
      const namedBefore = (sources.get(index - 1) ?? []).some((mention) => mention.kind === 'named')
      // What the cues depend on besides the sentence: its block's language and kind, its sources, the sentence before.
      const context = () =>
        [
          block.lang,
          headline,
          namedBefore,
          ...mentions.map((mention) => `${mention.kind}:${mention.start - sentence.start}-${mention.end - sentence.start}:${mention.name}`)
        ].join('|')
      const found = inSentence(options, hedgesStage.id, sentence, context, () => {
        const konjunktivI = block.lang === 'de' && hasKonjunktivI(sentence.tokens)
        return sentenceHedges(sentence, lex, { headline, konjunktivI, sources: mentions, namedBefore }, phrases)
      })
      append(
        cues,
        found.filter((cue) => !ignore.has(cue.lemma.toLowerCase()) && !ignore.has(cue.cue.toLowerCase()))
      )
    }
  }
  article.annotations.hedges = cues
}

/** The cues a newsroom adds in its vocabulary: `reportativeCues`, `epistemicCues`. */
function extraPhrases(vocabulary: Vocabulary | undefined, lang: Lang): Phrase[] {
  const phrases: Phrase[] = []
  for (const kind of ['reportative', 'epistemic'] as const) {
    for (const cue of vocabularyWords(vocabulary, lang, `${kind}Cues`)) if (cue.trim()) phrases.push(compilePhrase({ cue, kind }))
  }
  return phrases
}

function proseBlocks(article: Article): Block[] {
  return article.blocks.filter((block) => PROSE_KINDS.has(block.kind))
}

interface SentenceFacts {
  /** A title, lead or heading: "Berichte: …" attributes it. */
  headline: boolean
  /** Reported speech, whose Konjunktiv II may stand in for Konjunktiv I: the sentence speaks in Konjunktiv I ... */
  konjunktivI: boolean
  /** ... or names a source outside the cue's own clause ("…, kritisiert Attac"). */
  sources: SourceMention[]
  /** The sentence before names a source, which a bare "hieß es" continues. */
  namedBefore?: boolean
}

function sentenceHedges(sentence: Sentence, lex: HedgeLexicon, facts: SentenceFacts, phrases: HedgePhrases): HedgeCue[] {
  const units = wordUnits(sentence.tokens)
  const cues: HedgeCue[] = []
  const add = (from: number, to: number, kind: HedgeKind, lemma: string) => {
    cues.push({
      start: units[from].start,
      end: units[to].end,
      cue: units
        .slice(from, to + 1)
        .map((unit) => unit.value)
        .join(' ')
        .replace(/ ([:,])/g, '$1'),
      lemma,
      kind,
      sentence: sentence.index,
      quoted: units[from].quoted,
      presumption: lex.presumption.has(lemma)
    })
  }
  matchPhrases(units, phrases, (from, to, phrase) => add(from, to, phrase.kind, phrase.lemma))
  const speakerTag = opensWithSpeaker(units, facts.sources)
  for (let i = 0; i < units.length; i++) {
    if (!isWord(units[i])) continue
    const word = bare(units[i])
    // The readings below scan the sentence around the cue; see CONTEXT.
    const from = units.length > 2 * CONTEXT + 1 ? Math.max(0, i - CONTEXT) : 0
    // Built only for a word some reading is about: most words are none, and a slice per word of a long sentence is garbage.
    let window: Token[] | undefined
    const around = () => (window ??= from === 0 && units.length <= 2 * CONTEXT + 1 ? units : units.slice(from, i + CONTEXT + 1))
    const at = i - from
    const entry = lex.words.get(word)
    if (entry) {
      const previous = wordBefore(units, i)?.lower
      const ruledOut =
        (previous !== undefined && entry.notAfter.has(previous)) || (lex.notInQuestions.has(entry.lemma) && isQuestion(around(), at))
      if (!ruledOut && !concedes(around(), at, lex)) add(i, i, entry.kind, entry.lemma)
      continue
    }
    if (lex.modal?.soll.has(word) && isReportativeSoll(around(), at, lex.modal)) add(i, i, 'reportative', 'sollen')
    else if (lex.modal?.will.has(word) && isReportativeWill(around(), at, lex.modal)) add(i, i, 'reportative', 'wollen')
    else if (
      lex.speculative?.forms.has(word) &&
      !speakerTag &&
      !(lex.speculative.reportedSpeech.has(word) && inReportedSpeech(around(), at, facts)) &&
      isSpeculative(around(), at, lex)
    )
      add(i, i, 'epistemic', SPECULATIVE_LEMMAS[word] ?? word)
    else if (word === 'wohl' && lex.wohl && isEpistemicWohl(around(), at, lex.wohl) && !concedes(around(), at, lex))
      add(i, i, 'epistemic', 'wohl')
    else if (lex.mag?.forms.has(word) && anyIn(around(), at + 1, clauseAround(around(), at)[1], lex.mag.infinitives))
      add(i, i, 'epistemic', 'mögen')
    else if (lex.inference?.verbs.has(word) && anyIn(around(), 0, around().length, lex.inference.lassen))
      add(i, i, 'epistemic', 'vermuten lassen')
    else if (lex.participles.some((cue) => cue.participle === word && isPassiveCue(around(), at, cue))) add(i, i, 'reportative', word)
    else if (lex.reputed?.words.has(word) && isTouted(around(), at, lex.reputed)) add(i, i, 'reportative', word)
    else if (
      lex.scheinen?.forms.has(word) &&
      isLowerCase(units[i], around()) &&
      !anyIn(around(), 0, around().length, lex.scheinen.lightSources) &&
      !concedes(around(), at, lex)
    )
      add(i, i, 'epistemic', 'scheinen')
    else if (lex.esHeisst?.verbs.has(word)) {
      const span = hearsayHeisst(around(), at, lex.esHeisst, facts)
      if (span) add(span[0] + from, span[1] + from, 'reportative', 'es heißt')
    } else if (i === 0 && facts.headline && lex.headlinePrefixes.has(word) && units[1]?.value === ':') add(0, 1, 'reportative', `${word}:`)
  }
  return withoutOverlaps(cues)
}

/**
 * How many units either side of a cue its reading may look at. Real sentences are far shorter;
 * a pasted run without full stops (tens of thousands of words) must not make the scans quadratic.
 */
const CONTEXT = 150

/**
 * A language's phrases in their order, and the positions in that order of the phrases each first word
 * can open. Unlike `PhraseIndex` (word lists tried token by token), a hedge phrase's words have
 * alternatives and its matches are reported phrase by phrase.
 */
interface HedgePhrases {
  phrases: Phrase[]
  byFirstWord: Map<string, number[]>
}

function indexPhrases(phrases: Phrase[]): HedgePhrases {
  const byFirstWord = new Map<string, number[]>()
  for (const [order, phrase] of phrases.entries()) {
    for (const word of phrase.words[0] ?? []) {
      const orders = byFirstWord.get(word)
      if (orders) orders.push(order)
      else byFirstWord.set(word, [order])
    }
  }
  return { phrases, byFirstWord }
}

/** Every match of a phrase among the words (punctuation breaks a phrase), phrase by phrase in the lexicon's order and left to right within a phrase. */
function matchPhrases(
  units: Token[],
  { phrases, byFirstWord }: HedgePhrases,
  found: (from: number, to: number, phrase: Phrase) => void
): void {
  // Each word bared once, not once per phrase; only a phrase whose first word occurs is tried, and only there.
  const words = units.map((unit) => (isWord(unit) ? bare(unit) : undefined))
  const starts: number[] = []
  for (let i = 0; i < units.length; i++) {
    const word = words[i]
    for (const order of (word !== undefined && byFirstWord.get(word)) || []) starts.push(order * units.length + i)
  }
  starts.sort((a, b) => a - b)
  for (const start of starts) {
    const phrase = phrases[Math.floor(start / units.length)]
    const i = start % units.length
    if (i + phrase.words.length > units.length) continue
    let matched = true
    for (let k = 1; k < phrase.words.length && matched; k++) {
      const word = words[i + k]
      matched = word !== undefined && phrase.words[k].has(word)
    }
    if (!matched) continue
    const before = wordBefore(units, i)
    const after = wordAfter(units, i + phrase.words.length - 1)
    if ((before && phrase.notAfter.has(before.lower)) || (after && phrase.notBefore.has(after.lower))) continue
    if (phrase.thenClause.size > 0 && !opensNextClause(units, i + phrase.words.length - 1, phrase.thenClause)) continue
    found(i, i + phrase.words.length - 1, phrase)
  }
}

/** The clause after the cue's opens with one of the words: "so aus, als …". */
function opensNextClause(units: Token[], index: number, words: ReadonlySet<string>): boolean {
  const next = units[index + 1]
  return next?.value === ',' && isWord(units[index + 2]) && words.has(units[index + 2].lower)
}

/**
 * A cue that concedes a point before the contrast the next clause opens with: "vielleicht nicht im
 * Detail, aber doch im Großen", "wohl ihre eigenen Gesetze haben, nicht aber …", "So scheint es zu
 * Beginn, doch …". The cue means "admittedly" (zwar), not "probably".
 */
function concedes(units: Token[], index: number, lex: HedgeLexicon): boolean {
  const rules = lex.concessive
  if (!rules?.cues.has(bare(units[index]))) return false
  let comma = index + 1
  while (comma < units.length && !units[comma].value.includes(',')) comma++
  let next = comma + 1
  if (units[next]?.lower === 'nicht') next++
  return isWord(units[next]) && rules.contrasts.has(units[next].lower)
}

/**
 * An interview answer or a quoted headline, "Kreissl: Österreich könnte sich … orientieren": the
 * sentence opens with a named speaker and a colon, so its "könnte" is the speaker's, not the writer's.
 */
function opensWithSpeaker(units: Token[], sources: SourceMention[]): boolean {
  const colon = units.slice(0, SPEAKER_TAG_WORDS + 1).findIndex((unit) => unit.value === ':')
  if (colon < 1) return false
  const [start, end] = [units[0].start, units[colon - 1].end]
  return sources.some((mention) => mention.kind === 'named' && mention.start <= start && mention.end >= end)
}

/** The longest speaker tag read: "Markus Abwerzger:", "Bürgermeister Michael Häupl:". */
const SPEAKER_TAG_WORDS = 4

function inReportedSpeech(units: Token[], index: number, facts: SentenceFacts): boolean {
  if (facts.konjunktivI) return true
  const [first, last] = clauseAround(units, index)
  const start = units[first].start
  const end = units[Math.min(last, units.length - 1)].end
  return facts.sources.some((mention) => mention.end <= start || mention.start >= end)
}

/** Speculative `könnte`/`dürfte`: not in a question, a suggestion ("man könnte"), a condition or an indirect question. */
function isSpeculative(units: Token[], index: number, lex: HedgeLexicon): boolean {
  const rules = lex.speculative!
  if (isQuestion(units, index)) return false
  const before = wordBefore(units, index)
  const after = wordAfter(units, index)
  if ((before && (rules.notNextTo.has(before.lower) || rules.notAfter.has(before.lower))) || (after && rules.notNextTo.has(after.lower)))
    return false
  // "Dass man … auskommen könnte": the impersonal subject may stand further back.
  if (anyIn(units, 0, index, IMPERSONAL) || anyIn(units, 0, units.length, rules.notInSentence)) return false
  // A condition or a hypothetical frame makes "könnte" a plain conditional; "dürfte" (is likely to) stays a judgement.
  const framed = rules.framed.has(bare(units[index]))
  if (framed && (anyIn(units, 0, index, rules.conditions) || anyIn(units, 0, units.length, rules.hypothetical))) return false
  // A clause-final passive states what is feasible, not what is likely: "dass … gegengesteuert werden könnte".
  if (wordBefore(units, index)?.lower === 'werden' && !isWord(units[index + 1])) return false
  const [clauseStart, clauseEnd] = clauseAround(units, index)
  if (isTimelessPassive(units, [index, clauseEnd], lex)) return false
  const opener = units[clauseStart]
  const openedBy = (words: ReadonlySet<string> | undefined) => clauseStart < index && isWord(opener) && words?.has(opener.lower) === true
  // "Dass Stenzel überlaufen könnte, wurde dementiert": a possibility denied or ruled out is no speculation of the writer's.
  if (anyIn(units, 0, index, DASS) && anyIn(units, 0, units.length, rules.deniedBy)) return false
  // "Bis die Laster auftauchen könnten, wird noch viel Zeit vergehen": a time clause (its verb last), no judgement;
  // not the preposition in "Bis zu einem Prozess könnte es Monate dauern".
  if (openedBy(rules.timeClauses) && index + 1 >= clauseEnd) return false
  // "Wie das aussehen könnte" asks what is possible; "womit Apple gemeint sein dürfte" still judges it likely.
  return !(framed && openedBy(lex.modal?.questionWords))
}

/** "wird … erwartet", "werden … gehandelt": the participle in the passive, not after a word that rules it out ("als erwartet"). */
function isPassiveCue(units: Token[], index: number, cue: ParticipleCue): boolean {
  const word = bare(units[index])
  const before = wordBefore(units, index)
  const [clauseStart] = clauseAround(units, index)
  if (
    word !== cue.participle ||
    (before && cue.notAfter.has(before.lower)) ||
    isDestination(units, index, cue.destinations) ||
    (cue.needs && !anyIn(units, clauseStart, index, cue.needs)) ||
    anyIn(units, clauseStart, index, cue.notInClause)
  )
    return false
  return anyIn(units, clauseStart, index, cue.passive)
}

/** "Die Schiffe werden in Sizilien erwartet": a link and a bare name right before the participle, where someone arrives. */
function isDestination(units: Token[], index: number, links: ReadonlySet<string>): boolean {
  const [link, name] = [units[index - 2], units[index - 1]]
  return isWord(link) && links.has(link.lower) && isWord(name) && !isLowerCase(name, units)
}

/**
 * "gilt als mögliche Nachfolgerin", "als Niessl-Nachfolger im Gespräch": a candidate (also at the
 * end of a compound) after "als" in the clause; not "ihre Nominierung zur Präsidentschaftskandidatin als sicher gilt".
 */
function isTouted(units: Token[], index: number, rules: NonNullable<HedgeLexicon['reputed']>): boolean {
  const [clauseStart, clauseEnd] = clauseAround(units, index)
  let as = false
  for (let i = clauseStart; i < clauseEnd; i++) {
    if (!isWord(units[i])) continue
    const word = bare(units[i])
    if (as && [...rules.candidates].some((candidate) => word.endsWith(candidate))) return true
    as ||= word === 'als'
  }
  return false
}

/**
 * "Die Bilder könnten darauf gezeigt werden": a passive with no time in its clause states what is
 * feasible; "könnte im Juni präsentiert werden" or "bald geklärt werden" predicts an event.
 */
function isTimelessPassive(units: Token[], [modal, clauseEnd]: [number, number], lex: HedgeLexicon): boolean {
  const modalLex = lex.modal
  const participle = units[clauseEnd - 2]
  if (
    !modalLex ||
    clauseEnd - modal < 3 ||
    units[clauseEnd - 1]?.lower !== 'werden' ||
    !isWord(participle) ||
    !isParticiple(participle.lower, modalLex)
  )
    return false
  return !anyIn(units, modal, clauseEnd, modalLex.futureMarkers) && !anyIn(units, modal, clauseEnd, modalLex.timeWords)
}

const IMPERSONAL = new Set(['man'])
const DASS = new Set(['dass'])
const SPECULATIVE_LEMMAS: Record<string, string> = { könnte: 'können', könnten: 'können', dürfte: 'dürfen', dürften: 'dürfen' }

function isEpistemicWohl(units: Token[], index: number, rules: NonNullable<HedgeLexicon['wohl']>): boolean {
  // Capitalised inside a sentence it is the noun "das Wohl".
  if (index > 0 && units[index].value === 'Wohl') return false
  const before = wordBefore(units, index)
  const after = wordAfter(units, index)
  if ((before && rules.notAfter.has(before.lower)) || (after && rules.notBefore.has(after.lower))) return false
  return !anyIn(units, 0, units.length, rules.notInSentence)
}

/**
 * `es heißt` as hearsay: "Es heißt, …", "…, hieß es.", "wie es heißt", "so heißt es", also with
 * a vague place ("In Sicherheitskreisen hieß es"). Not when its clause names where it is written
 * or who says it ("heißt es in der Aussendung", "Aus dem Ministerium hieß es"), not a bare "hieß
 * es" that continues the source named in the sentence before, and not "Nun heißt es: warten" (it
 * is time to).
 */
function hearsayHeisst(
  units: Token[],
  index: number,
  rules: NonNullable<HedgeLexicon['esHeisst']>,
  facts: SentenceFacts
): [number, number] | undefined {
  const esBefore = units[index - 1]?.lower === 'es'
  const esAfter = units[index + 1]?.lower === 'es'
  if ((!esBefore && !esAfter) || isQuestion(units, index)) return undefined
  const first = esBefore ? index - 1 : index
  const last = esBefore ? index : index + 1
  const [clauseStart, clauseEnd] = clauseAround(units, index)
  if (anyIn(units, clauseStart, clauseEnd, rules.sourceWords))
    return placedVaguely(units, [clauseStart, clauseEnd], [first, last], facts, rules.definite) ? [first, last] : undefined
  // "wie es heißt" passes on hearsay even after a named source; a bare "hieß es" carries that source on.
  if (units[first - 1]?.lower === 'wie') return [first - 1, last]
  if (facts.namedBefore) return undefined
  const commaAfter = units[last + 1]?.value === ','
  const trailing = first === clauseStart && clauseStart > 0 && units[clauseStart - 1].value.includes(',')
  return commaAfter || trailing ? [first, last] : undefined
}

/** The clause's only sources are vague and bare: "In Sicherheitskreisen hieß es", "hieß es aus Bankenkreisen". */
function placedVaguely(
  units: Token[],
  [from, to]: [number, number],
  [first, last]: [number, number],
  facts: SentenceFacts,
  definite: ReadonlySet<string>
): boolean {
  const start = units[from].start
  const end = units[Math.min(to, units.length) - 1].end
  // The saying alone ("hieß es") is not the place it comes from.
  const outside = (mention: SourceMention) => mention.start < units[first].start || mention.end > units[last].end
  const inClause = facts.sources.filter((mention) => mention.start < end && start < mention.end && outside(mention))
  const bareVague = (mention: SourceMention) => mention.kind === 'vague' && !definite.has(mention.name.split(/\s/)[0].toLowerCase())
  return inClause.length > 0 && inClause.every(bareVague)
}

/** Where two cues overlap ("laut Medienberichten" inside a longer phrase), keep the longer one. */
function withoutOverlaps(cues: HedgeCue[]): HedgeCue[] {
  const sorted = [...cues].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: HedgeCue[] = []
  for (const cue of sorted) {
    const previous = kept[kept.length - 1]
    if (previous && cue.start < previous.end) continue
    kept.push(cue)
  }
  return kept
}
