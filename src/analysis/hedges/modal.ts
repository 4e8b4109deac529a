import type { Token } from '../../engine/model.js'
import { anyIn, bare, clauseAround, isClauseMark, isLowerCase, isQuestion, isWord, wordAfter, wordBefore } from '../clauses.js'
import type { ModalLexicon } from './lexicon.js'

// Reading German `sollen` and `wollen`. Most `soll` in news text is a plan ("Die Brücke soll 2027
// fertig sein"), a purpose ("ein Werkzeug, das helfen soll") or a demand ("Mitarbeiter sollen
// aussteigen können"); the hearsay reading ("Er soll Geld angenommen haben") is the exception.
// The perfect infinitive decides on its own; otherwise signals for and against are weighed.

/** Weight needed for the hearsay reading when no perfect infinitive decides. */
const REPORTATIVE_AT = 2

/** Is this `soll`/`sollen`/`solle` reportative (hearsay) rather than plan, purpose or demand? */
export function isReportativeSoll(units: Token[], index: number, lex: ModalLexicon): boolean {
  const [clauseStart] = clauseAround(units, index)
  if (isQuestion(units, index)) return false
  // "hätte … werden sollen": a past intention that did not happen.
  if (bare(units[index]) === 'sollen' && anyIn(units, clauseStart, index, lex.counterfactual)) return false

  const { verbFinal, group, scope } = modalGroup(units, index, lex)
  const planned = hasFutureMarker(units, scope, lex)
  if (isPerfectInfinitive(group.words, lex) || isPerfectInfinitive(fronted(units, index, clauseStart), lex)) return !planned

  const infinitive = group.words[group.words.length - 1]
  let weight = 0
  if (hasReportMarker(units, lex)) weight += 2
  else if (anyIn(units, 0, units.length, lex.reportMarkers.weak)) weight += 1
  if ((infinitive && lex.stateVerbs.has(bare(infinitive))) || claimsProperty(units, group, lex)) weight += 3
  if (hasPresentMarker(units, scope, lex)) weight += 2
  if (infinitive?.lower === 'werden' || wordBefore(units, index)?.lower === 'werden' || hasPassive(units, scope, lex)) weight -= 3
  if (planned) weight -= 2
  // The demand may stand before or, as its speech tag, after: "Amazon solle … anerkennen, forderte …".
  if (anyIn(units, 0, units.length, lex.demandVerbs) || namesRuleBefore(units, index, lex)) weight -= 2
  const opener = units[clauseStart]
  if (isWord(opener) && clauseStart < index) {
    const word = bare(opener)
    if (lex.questionWords.has(word)) weight -= 2
    else if (lex.purposeWords.has(word) || lex.conditionWords.has(word)) weight -= 1
    else if (verbFinal && lex.relativeWords.has(word)) weight -= 1
  }
  // "…, um … zu …" right after the modal's clause: a purpose.
  if (isWord(units[scope[1] + 1]) && units[scope[1] + 1].lower === 'um') weight -= 1
  return weight >= REPORTATIVE_AT
}

/** `will`/`wollen` report a claim only with a perfect infinitive: "Er will nichts gesehen haben". */
export function isReportativeWill(units: Token[], index: number, lex: ModalLexicon): boolean {
  return !isQuestion(units, index) && takesPerfectInfinitive(units, index, lex)
}

/** The modal governs a perfect infinitive, with no plan in its clause: "will nichts gesehen haben", "könnten … hingelegt haben". */
export function takesPerfectInfinitive(units: Token[], index: number, lex: ModalLexicon): boolean {
  const { group, scope } = modalGroup(units, index, lex)
  return isPerfectInfinitive(group.words, lex) && !hasFutureMarker(units, scope, lex)
}

/** The infinitive the modal governs, past a coordination in its clause: "könnten Entspannungstechniken, aber auch … helfen". */
export function governedInfinitive(units: Token[], index: number, lex: ModalLexicon): string | undefined {
  const { words } = modalGroup(units, index, lex).group
  return words.length > 0 ? bare(words[words.length - 1]) : undefined
}

interface VerbGroup {
  words: Token[]
  /** Index after the group's last unit. */
  end: number
}

/** The verbs a modal governs, and the stretch its plan or time markers are read in: its clause up to the verbs. */
function modalGroup(units: Token[], index: number, lex: ModalLexicon): { verbFinal: boolean; group: VerbGroup; scope: [number, number] } {
  const [clauseStart, clauseEnd] = clauseAround(units, index)
  const verbFinal = isVerbFinal(units, index)
  const group = verbFinal ? groupBefore(units, index) : bracketAfter(units, index, lex)
  return { verbFinal, group, scope: verbFinal ? [clauseStart, index] : [clauseStart, Math.max(clauseEnd, group.end)] }
}

/** The modal ends its clause ("…, das helfen soll.", "… gefehlt haben soll, …"). */
function isVerbFinal(units: Token[], index: number): boolean {
  const next = units[index + 1]
  return next === undefined || isClauseMark(next) || (isWord(next) && (next.lower === 'und' || next.lower === 'oder'))
}

/** Up to three words before a verb-final modal: "gesagt haben", "geholfen worden sein". */
function groupBefore(units: Token[], index: number): VerbGroup {
  const words: Token[] = []
  for (let i = index - 1; i >= 0 && words.length < 3 && isWord(units[i]); i--) words.unshift(units[i])
  return { words, end: index }
}

/**
 * The verbs that close the clause of a second-position modal (the right bracket): the words before
 * the first clause mark that follows a verb-like word. Appositions ("Freundes, des Ex-Senators …,")
 * end in a noun and are skipped; so is a participle before a coordination ("angekommen, aber …").
 */
function bracketAfter(units: Token[], index: number, lex: ModalLexicon): VerbGroup {
  // Where the stretch up to the next clause mark opens: after a noun and a comma, a relative
  // pronoun opens a relative clause inside the modal's ("laut Angaben ihrer Witwen, die im selben
  // Krankenhaus arbeiteten, … getrunken haben"), whose verb is not the modal's.
  let stretch = index + 1
  for (let i = index + 1; i <= units.length; i++) {
    if (i < units.length && !isClauseMark(units[i])) continue
    const opener = stretch
    stretch = i + 1
    if (opener > index + 1 && units[opener - 1].value === ',' && isWord(units[opener]) && lex.relativeWords.has(units[opener].lower))
      continue
    // A closing quotation mark may stand between the verb and the mark: "… gelogen haben“, sagte sie."
    let lastIndex = i - 1
    while (lastIndex > index && !isWord(units[lastIndex]) && !isClauseMark(units[lastIndex])) lastIndex--
    const last = units[lastIndex]
    if (lastIndex <= index || !isWord(last) || !isLowerCase(last, units) || !looksInfinite(bare(last))) continue
    const next = units[i + 1]
    if (isParticiple(bare(last), lex) && isWord(next) && COORDINATORS.has(next.lower)) continue
    const words: Token[] = []
    for (let j = lastIndex; j > index && words.length < 3 && isWord(units[j]); j--) words.unshift(units[j])
    return { words, end: i }
  }
  return { words: [], end: index + 1 }
}

const COORDINATORS = new Set(['aber', 'und', 'oder', 'sondern', 'doch'])

function looksInfinite(word: string): boolean {
  return word === 'sein' || word.endsWith('en') || word.endsWith('ern') || word.endsWith('eln') || word === 'tun'
}

/** A fronted verb group before a second-position modal: "Gesehen haben soll ihn niemand". */
function fronted(units: Token[], index: number, clauseStart: number): Token[] {
  const words: Token[] = []
  for (let i = index - 1; i >= clauseStart && words.length < 2 && isWord(units[i]); i--) words.unshift(units[i])
  return words
}

/** "soll … verschleißfrei sein", "profitabel sein soll": a property, not a state a plan reaches ("fertig sein"). */
function claimsProperty(units: Token[], group: VerbGroup, lex: ModalLexicon): boolean {
  const n = group.words.length
  if (n < 2 || bare(group.words[n - 1]) !== 'sein') return false
  const adjective = group.words[n - 2]
  const word = bare(adjective)
  return (
    isLowerCase(adjective, units) &&
    /^[a-zäöüß]+$/.test(word) &&
    !lex.planAdjectives.has(word) &&
    !isParticiple(word, lex) &&
    !looksInfinite(word)
  )
}

/** "gesagt haben", "angekommen sein", "gewesen sein", "geschlossen worden sein", "hinrichten haben lassen". */
function isPerfectInfinitive(words: Token[], lex: ModalLexicon): boolean {
  const n = words.length
  if (n < 2) return false
  const auxiliary = bare(words[n - 1])
  const before = bare(words[n - 2])
  if (auxiliary === 'lassen') return before === 'haben'
  if (auxiliary !== 'haben' && auxiliary !== 'sein') return false
  return before === 'worden' || before === 'gewesen' || before === 'gehabt' || isParticiple(before, lex)
}

/** ge-…-t/-en, a separable prefix before "ge", -iert, or an inseparable prefix with -t/-en. */
export function isParticiple(word: string, lex: ModalLexicon): boolean {
  if (!/^[a-zäöüß]+$/.test(word) || lex.notParticiples.has(word)) return false
  if (word.endsWith('iert') && word.length > 5) return true
  if (!word.endsWith('t') && !word.endsWith('en')) return false
  if (word.startsWith('ge') && word.length >= 5) return true
  for (const prefix of lex.separablePrefixes) if (word.startsWith(prefix + 'ge') && word.length >= prefix.length + 5) return true
  for (const prefix of lex.inseparablePrefixes) if (word.startsWith(prefix) && word.length >= prefix.length + 3) return true
  return false
}

/** "zufolge", "laut", "nach Angaben", "angeblich", "berichtete" anywhere in the sentence, unless it names a rule. */
function hasReportMarker(units: Token[], lex: ModalLexicon): boolean {
  for (let i = 0; i < units.length; i++) {
    if (!isWord(units[i])) continue
    const word = bare(units[i])
    if (lex.reportMarkers.words.has(word) && !namesRule(units, i, lex) && !ownReport(units, i)) return true
    if (word === 'nach' && isWord(units[i + 1]) && lex.reportMarkers.afterNach.has(bare(units[i + 1]))) return true
    // "dem Bericht nach"
    if (word === 'nach' && i > 0 && lex.reportMarkers.afterNach.has(bare(units[i - 1]))) return true
  }
  return false
}

/** "wie (bereits) berichtet": the paper's own earlier report, not a source. */
function ownReport(units: Token[], index: number): boolean {
  if (!units[index].lower.startsWith('bericht')) return false
  const before = wordBefore(units, index)
  return before !== undefined && (before.lower === 'wie' || wordBefore(units, index - 1)?.lower === 'wie')
}

/** A rule or plan named before the modal ("laut Verfassung", "der Gesetzentwurf sieht vor, dass …"). */
function namesRuleBefore(units: Token[], index: number, lex: ModalLexicon): boolean {
  for (let i = 0; i < index; i++)
    if (isWord(units[i]) && endsWithAny(units[i].lower, lex.normativeSources) && !isLowerCase(units[i], units)) return true
  return false
}

/** "laut Verfassung", "laut einer … Entschließung", "dem Plan zufolge": a rule, not a report. */
function namesRule(units: Token[], index: number, lex: ModalLexicon): boolean {
  if (units[index].lower === 'zufolge') return isWord(units[index - 1]) && endsWithAny(units[index - 1].lower, lex.normativeSources)
  // The first noun after "laut".
  for (let i = index + 1; i < Math.min(units.length, index + 6) && isWord(units[i]); i++) {
    if (!isLowerCase(units[i], units)) return endsWithAny(units[i].lower, lex.normativeSources)
  }
  return false
}

/** "soll mittlerweile", "soll bereits seit …": a present or past fact; not a comparison ("besser verzahnt sein als bisher"). */
function hasPresentMarker(units: Token[], [from, to]: [number, number], lex: ModalLexicon): boolean {
  for (let i = from; i < to; i++)
    if (isWord(units[i]) && lex.presentMarkers.has(bare(units[i])) && wordBefore(units, i)?.lower !== 'als') return true
  return false
}

/** A passive infinitive after the modal, even where the clause end was not found: "soll … geändert werden". */
function hasPassive(units: Token[], [from, to]: [number, number], lex: ModalLexicon): boolean {
  for (let i = from + 1; i < to; i++) if (units[i].lower === 'werden' && isParticiple(units[i - 1].lower, lex)) return true
  return false
}

function endsWithAny(word: string, suffixes: ReadonlySet<string>): boolean {
  for (const suffix of suffixes) if (word.endsWith(suffix)) return true
  return false
}

/** A plan or schedule in scope: "künftig", "nächste Woche", "bis 2019", "ab Mitte Mai" (not "vom 10. bis 13."). */
function hasFutureMarker(units: Token[], [from, to]: [number, number], lex: ModalLexicon): boolean {
  if (anyIn(units, from, to, lex.futureMarkers)) return true
  for (let i = from; i < to; i++) {
    if (!isWord(units[i]) || !lex.deadlineWords.has(units[i].lower)) continue
    const next = wordAfter(units, i)
    const previous = units[i - 1]
    // "vom 10. bis 13. September" is a span, not a deadline.
    if (units[i].lower === 'bis' && (/\d/.test(previous?.value ?? '') || (previous?.value === '.' && /\d/.test(units[i - 2]?.value ?? ''))))
      continue
    if (next && (/^\d/.test(next.value) || lex.timeWords.has(next.lower))) return true
  }
  return false
}
