import type { HedgeCue, Lang, SourceMention, Token } from '../../engine/model.js'
import { firstIndex } from '../../engine/arrays.js'
import { finiteForms, reportedSpeechContinuations, reportedSpeechMoods } from '../german-verbs.js'
import type { SourceLexicon } from '../sources/lexicon.js'
import { setOf, type SourcingLexicon } from './lexicon.js'

// How a sentence without a source of its own relates to the speech before it: reported speech
// going on, a demand continued with "sollen", the account continued, or the writer's inference.

/** A finite verb in Konjunktiv I (or a word that continues reported speech) outside quote marks. */
export function continuesReportedSpeech(tokens: Token[], lang: Lang): boolean {
  if (lang !== 'de') return false
  const moods = reportedSpeechMoods()
  const continuations = reportedSpeechContinuations()
  return tokens.some(
    (token) =>
      token.kind === 'word' && !token.quoted && token.value === token.lower && (moods.has(token.lower) || continuations.has(token.lower))
  )
}

const demandVerbForms = new WeakMap<SourcingLexicon, Set<string>>()

/** A demand in the sentence, by verb ("fordert", "schlägt … vor") or noun ("nannte Forderungen"). */
export function makesDemand(tokens: Token[], words: SourcingLexicon): boolean {
  const demands = words.demands
  if (!demands) return false
  let forms = demandVerbForms.get(words)
  if (!forms) {
    forms = new Set(demands.verbs.flatMap((verb) => finiteForms(verb).map((form) => form.form)))
    demandVerbForms.set(words, forms)
  }
  const verbs = forms
  const nouns = setOf(demands.nouns)
  return tokens.some((token) => token.kind === 'word' && !token.quoted && (verbs.has(token.lower) || nouns.has(token.lower)))
}

export function continuesDemand(tokens: Token[], words: SourcingLexicon): boolean {
  if (!words.demands) return false
  const modals = setOf(words.demands.modals)
  return tokens.some((token) => token.kind === 'word' && !token.quoted && modals.has(token.lower))
}

/**
 * "Xi Jinping will seinen Besuch offenbar für die Ankündigung nutzen", "LG entschied sich für den
 * anscheinend weniger hitzköpfigen Chip": an actor's own act, intention or stance sources the sentence
 * (the labels' convention 1) unless the writer infers it; the writer's own doubt ("offenbar")
 * marks the inference. A verb of saying beside the act keeps the source.
 */
export function infersActorsAct(tokens: Token[], own: SourceMention[], hedges: HedgeCue[], sources: SourceLexicon): boolean {
  if (own.length === 0) return false
  const { actForms, stanceForms, verbForms } = sources
  // An adverb ("offenbar") anywhere, or a verb ("dürfte") outside the actor's words: "Eine solche Vita mag der Grund sein" is no inference.
  const viewEnd = taggedViewEnd(tokens, own)
  const inferred = (hedge: HedgeCue) =>
    (hedge.cue.toLowerCase() === hedge.lemma || own.every((mention) => hedge.start >= mention.end || hedge.end <= mention.start)) &&
    hedge.end > viewEnd
  if (!hedges.some((hedge) => hedge.kind === 'epistemic' && !hedge.quoted && !hedge.presumption && inferred(hedge))) return false
  return own.every((mention) => {
    const words = tokens.filter((token) => token.kind === 'word' && token.start >= mention.start && token.end <= mention.end)
    const isAct = (token: Token) => actForms.has(token.lower) || stanceForms.has(token.lower)
    // A form that needs its particle ("geht … aus") says nothing without it.
    const says = (token: Token) =>
      [...(verbForms.get(token.lower) ?? [])].some((particle) => particle === '' || words.some((word) => word.lower === particle))
    return mention.kind === 'named' && words.some(isAct) && words.every((token) => isAct(token) || !says(token))
  })
}

/**
 * "…, würden sie die Anlage wohl vom Netz nehmen, ist der Energieregulator überzeugt.": the actor
 * named in a closing clause after a comma holds the view the clauses before it state, so a hedge
 * there is the actor's, not the writer's inference about the actor. Where that view ends (the
 * tag's comma), or -1: one pass over the sentence however many hedges and actors it holds.
 */
function taggedViewEnd(tokens: Token[], own: SourceMention[]): number {
  // The tag closes the sentence: no clause mark follows its actor.
  let lastMark = -1
  for (const token of tokens) if (token.kind !== 'word' && CLAUSE_MARKS.has(token.value)) lastMark = token.start
  let end = -1
  for (const mention of own) {
    if (mention.end <= lastMark) continue
    const actor = firstIndex(tokens, (token) => token.end > mention.start)
    // The tag opens with its verb ("ist", "zeigte sich") right after the comma, not with a
    // conjunction that coordinates a clause of the writer's.
    let comma = actor - 1
    while (comma >= 0 && actor - comma <= TAG_VERB_WORDS && tokens[comma].value !== ',') comma--
    const opening = tokens.slice(comma + 1, actor)
    const verbFirst =
      comma >= 0 &&
      tokens[comma].value === ',' &&
      opening.length > 0 &&
      opening.every((token) => token.kind === 'word' && token.value === token.lower) &&
      !LINKS.has(opening[0].lower)
    if (verbFirst) end = Math.max(end, tokens[comma].start)
  }
  return end
}

/** Words of a closing tag before its actor: "ist", "zeigte sich". */
const TAG_VERB_WORDS = 2
const CLAUSE_MARKS = new Set([',', ';', ':', '–', '-'])
const LINKS = new Set([
  'und',
  'oder',
  'aber',
  'doch',
  'sondern',
  'denn',
  'weil',
  'da',
  'dass',
  'wenn',
  'ob',
  'als',
  'während',
  'nachdem',
  'obwohl'
])

/** "Es schien, als werde sich nichts ändern": the verb right after "als" compares; it reports no speech. */
export function withoutComparisons(tokens: Token[], words: SourcingLexicon): Token[] {
  if (!words.comparisons) return tokens
  const comparisons = setOf(words.comparisons)
  return tokens.filter((_, k) => k === 0 || !comparisons.has(tokens[k - 1].lower))
}

export function continuesAccount(tokens: Token[], words: SourcingLexicon): boolean {
  const first = tokens.find((token) => token.kind === 'word')
  return (
    first !== undefined && !first.quoted && words.accountContinuations !== undefined && setOf(words.accountContinuations).has(first.lower)
  )
}

export function speaksInFirstPerson(tokens: Token[], words: SourcingLexicon): boolean {
  const firstPerson = setOf(words.firstPerson)
  return tokens.some((token) => token.kind === 'word' && !token.quoted && firstPerson.has(token.lower))
}
