import type { SourceMention, Token } from '../../engine/model.js'
import { anyIn, bare, clauseAround, isLowerCase, isQuestion, isWord, wordAfter, wordBefore } from '../clauses.js'
import type { HedgeLexicon, ParticipleCue } from './lexicon.js'
import { governedInfinitive, isParticiple, takesPerfectInfinitive } from './modal.js'

// The readings of cues that need their context: whether a "könnte" speculates, a "wohl" means
// "probably", a participle is a passive of hearsay, an "es heißt" passes on hearsay.

export interface SentenceFacts {
  /** A title, lead or heading: "Berichte: …" attributes it. */
  headline: boolean
  /**
   * Reported speech, whose Konjunktiv II may stand in for Konjunktiv I: the sentence speaks in Konjunktiv I ...
   * (asked only for a speculative form, so the sentence is read for it only then).
   */
  konjunktivI: () => boolean
  /** ... or names a source outside the cue's own clause ("…, kritisiert Attac"). */
  sources: SourceMention[]
  /** The sentence before names a source, which a bare "hieß es" continues. */
  namedBefore?: boolean
}

/**
 * A cue that concedes a point before the contrast the next clause opens with: "vielleicht nicht im
 * Detail, aber doch im Großen", "wohl ihre eigenen Gesetze haben, nicht aber …", "So scheint es zu
 * Beginn, doch …". The cue means "admittedly" (zwar), not "probably".
 */
export function concedes(units: Token[], index: number, lex: HedgeLexicon): boolean {
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
export function opensWithSpeaker(units: Token[], sources: SourceMention[]): boolean {
  const colon = units.slice(0, SPEAKER_TAG_WORDS + 1).findIndex((unit) => unit.value === ':')
  if (colon < 1) return false
  const [start, end] = [units[0].start, units[colon - 1].end]
  return sources.some((mention) => mention.kind === 'named' && mention.start <= start && mention.end >= end)
}

/** The longest speaker tag read: "Markus Abwerzger:", "Bürgermeister Michael Häupl:". */
const SPEAKER_TAG_WORDS = 4

/**
 * Plural "könnten" in reported speech stands in for Konjunktiv I "können", which looks like the
 * indicative ("Konzerne könnten … Einfluss nehmen, kritisiert Attac"); singular "könnte" is read as
 * the speaker's where a named source tags its clause from behind ("…, sagte Böhmdorfer"). Unless it speculates all the
 * same: with a perfect infinitive ("könnten womöglich einen Frühstart hingelegt haben") or as what
 * someone supposes or fears ("vermuteten … andere Wirte, die … beitragen könnten").
 */
export function standsInForKonjunktivI(units: Token[], index: number, lex: HedgeLexicon, facts: SentenceFacts): boolean {
  const rules = lex.speculative!
  const word = bare(units[index])
  const reported = rules.reportedSpeech.has(word)
    ? inReportedSpeech(units, index, facts)
    : rules.speechTagged.has(word) && !units[index].quoted && taggedFromBehind(units, index, facts)
  if (!reported) return false
  if (anyIn(units, 0, units.length, rules.supposing)) return false
  return !(lex.modal && takesPerfectInfinitive(units, index, lex.modal))
}

/**
 * A source after the cue's clause tags it as someone's words: "…, weil er … behindern könnte, sagte
 * Böhmdorfer". (A direct quote keeps its cue, flagged `quoted`, for the rule to weigh.)
 */
function taggedFromBehind(units: Token[], index: number, facts: SentenceFacts): boolean {
  const last = clauseAround(units, index)[1]
  const end = units[Math.min(last, units.length - 1)].end
  return facts.sources.some((mention) => mention.kind === 'named' && mention.start >= end)
}

function inReportedSpeech(units: Token[], index: number, facts: SentenceFacts): boolean {
  if (facts.konjunktivI()) return true
  const [first, last] = clauseAround(units, index)
  const start = units[first].start
  const end = units[Math.min(last, units.length - 1)].end
  return facts.sources.some((mention) => mention.end <= start || mention.start >= end)
}

/** Speculative `könnte`/`dürfte`: not in a question, a suggestion ("man könnte"), a condition or an indirect question. */
export function isSpeculative(units: Token[], index: number, lex: HedgeLexicon): boolean {
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
  // What someone supposes, fears or reports is a guess about facts, also in the passive: "Dass der
  // Vorsitz … ausgeübt werden könnte, vermutet Josef Kalina".
  const supposed = anyIn(units, 0, units.length, rules.supposing)
  // A clause-final passive states what is feasible, not what is likely: "dass … gegengesteuert werden könnte".
  if (!supposed && wordBefore(units, index)?.lower === 'werden' && !isWord(units[index + 1])) return false
  const [clauseStart, clauseEnd] = clauseAround(units, index)
  // A passive with no time states what is feasible for "könnte"; "dürfte … abgelehnt werden" still judges it likely.
  if (framed && !supposed && isTimelessPassive(units, [index, clauseEnd], lex)) return false
  // "Philosophen könnten da helfen": what would help is advice, not a guess about facts.
  if (framed && (anyIn(units, clauseStart, clauseEnd, rules.adviceVerbs) || advises(units, index, lex))) return false
  const opener = units[clauseStart]
  const openedBy = (words: ReadonlySet<string> | undefined) => clauseStart < index && isWord(opener) && words?.has(opener.lower) === true
  // "Dass Stenzel überlaufen könnte, wurde dementiert": a possibility denied or ruled out is no speculation of the writer's.
  if (anyIn(units, 0, index, DASS) && anyIn(units, 0, units.length, rules.deniedBy)) return false
  // "Er entdeckte, dass er … löschen könnte": a "dass" clause speculates only under a verb of supposing or a noun of fear ("die Gefahr, dass …").
  // ("dürfte", is likely to, judges the likelihood wherever it stands: "kamen zum Ergebnis, dass … eingebracht worden sein dürfte".)
  if (framed && openedBy(DASS) && !supposed && !anyIn(units, 0, clauseStart, rules.dassFrames)) return false
  // "Bis die Laster auftauchen könnten, wird noch viel Zeit vergehen": a time clause (its verb last), no judgement;
  // not the preposition in "Bis zu einem Prozess könnte es Monate dauern".
  if (openedBy(rules.timeClauses) && index + 1 >= clauseEnd) return false
  // "Wie das aussehen könnte" asks what is possible; "womit Apple gemeint sein dürfte" still judges it likely.
  return !(framed && openedBy(lex.modal?.questionWords))
}

/** The modal's own infinitive is advice, also past a coordination: "könnten Entspannungstechniken, aber auch … helfen". */
function advises(units: Token[], index: number, lex: HedgeLexicon): boolean {
  const infinitive = lex.modal && governedInfinitive(units, index, lex.modal)
  return infinitive !== undefined && lex.speculative!.adviceVerbs.has(infinitive)
}

/** "wird … erwartet", "werden … gehandelt": the participle in the passive, not after a word that rules it out ("als erwartet"). */
export function isPassiveCue(units: Token[], index: number, cue: ParticipleCue): boolean {
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
export function isTouted(units: Token[], index: number, rules: NonNullable<HedgeLexicon['reputed']>): boolean {
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

/**
 * `scheinen` as "seems", not the sun that shines; a past form hedges only with "zu" and an
 * infinitive ("schien … zu sein") or as "Es schien, als …", not where it tells how things looked then.
 */
export function seems(units: Token[], index: number, rules: NonNullable<HedgeLexicon['scheinen']>): boolean {
  if (anyIn(units, 0, units.length, rules.lightSources)) return false
  if (!rules.past.has(bare(units[index]))) return true
  if (wordBefore(units, index)?.lower === 'es' || wordAfter(units, index)?.lower === 'es') return true
  return anyIn(units, index + 1, clauseAround(units, index)[1], ZU)
}

const ZU = new Set(['zu'])

const IMPERSONAL = new Set(['man'])

const DASS = new Set(['dass'])

export const SPECULATIVE_LEMMAS: Record<string, string> = { könnte: 'können', könnten: 'können', dürfte: 'dürfen', dürften: 'dürfen' }

export function isEpistemicWohl(units: Token[], index: number, rules: NonNullable<HedgeLexicon['wohl']>): boolean {
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
export function hearsayHeisst(
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
