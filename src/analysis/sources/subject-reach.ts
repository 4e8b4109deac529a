import type { SentenceSources } from './finder.js'
import { isCapitalized } from './words.js'

// How far the source finder reaches for the subject of a verb of saying past what stands between:
// a reflexive, a time, a place after the subject, a fronted object, two subjects joined, the place
// of an agentless passive.

/** How many words the phrase before a participle may hold ("am Mittwoch veröffentlichter"). */
const PARTICIPLE_REACH = 5
// Not a present participle: "Im Internet kursierende Fotos" are what is shown, not who shows it.
const PARTICIPLE_ENDING = /(t|ig|isch|lich)(e|en|er|es|em)$/

/**
 * "In der Flüchtlingsfrage meldete sich auch der Vertreter": after an opening that is no subject,
 * the reflexive stands before a subject with an article. Not for an act ("will sich die Koalition
 * … einigen"), nor before a bare noun ("erwartet sich Vorteile") or an indefinite one ("kündigt
 * sich ein Hit an").
 */
export function reflexiveBeforeSubject(finder: SentenceSources, start: number, v: number): boolean {
  if (finder.lexicon.actForms.has(finder.tokens[v].lower) || finder.nounPhraseAfter(start) !== undefined) return false
  return finder.lexicon.definite.has(finder.lower(pastAdverbs(finder, v + 2)) ?? '')
}

/** Past the adverbs from `from` ("meldete sich auch der Vertreter"). */
export function pastAdverbs(finder: SentenceSources, from: number): number {
  let i = from
  while (i < finder.tokens.length && finder.lexicon.adverbs.has(finder.tokens[i].lower)) i++
  return i
}

/** Past adverbs and a time ("erklärte am späten Montagabend der Sprecher"): where the subject after a verb may start. */
export function pastAdverbials(finder: SentenceSources, from: number): number {
  let i = from
  for (;;) {
    i = pastAdverbs(finder, i)
    const time = finder.lexicon.subjectReach.timeLinks.has(finder.lower(i) ?? '') ? finder.nounPhraseAfter(i + 1) : undefined
    const head = time && finder.headOf(time[0], time[1])
    if (head === undefined || !finder.isTime(finder.tokens[head].lower)) return i
    // After the time a subject opens with an article ("… der Sprecher"), not a possessive ("seine erstes Jahresprogramm").
    const next = finder.lower(pastAdverbs(finder, head + 1)) ?? ''
    if (!finder.lexicon.definite.has(next) || finder.lexicon.objectDeterminers.has(next)) return i
    i = head + 1
  }
}

/**
 * "Das Innenministerium in Kairo teilte mit", "Der Senator Jeff Sessions aus Alabama sagte": a
 * place of one name after the subject, right before the verb.
 */
export function placedRightBefore(finder: SentenceSources, [from, to]: [number, number], slot: number): boolean {
  // Opening the sentence, with an article: "Ein Abenteuer der Türkei in Syrien wollen die Amerikaner" is the object.
  if (
    from !== 0 ||
    !finder.lexicon.definite.has(finder.tokens[from].lower) ||
    !finder.lexicon.subjectReach.placeLinks.has(finder.lower(to + 1) ?? '')
  )
    return false
  const place = finder.nounPhraseAfter(to + 2)
  return place !== undefined && place[0] === place[1] && place[1] === slot - 1
}

/** "Wassilew selbst weist … zurück": one focus word between the subject and its verb. */
export function focusedRightBefore(finder: SentenceSources, [, to]: [number, number], slot: number): boolean {
  const between = finder.lower(to + 1) ?? ''
  return to + 2 === slot && finder.lexicon.focusWords.has(between) && !finder.lexicon.occasionLinks.has(between)
}

/**
 * The subject after a fronted object: right after the verb ("7,9 Milliarden Euro Verlust schrieb
 * die einstige Hypo"), or after a finite auxiliary ("Diese Befürchtung hatten die Rechtsanwälte
 * geäußert"); it opens with an article, so a bare noun there ("Die Lage zeigt Schwächen") is no subject.
 */
export function subjectAfterObject(finder: SentenceSources, [, to]: [number, number], v: number): [number, number] | undefined {
  const finite = finder.lexicon.auxiliaries.has(finder.lower(to + 1) ?? '') && to + 1 < v ? to + 1 : v
  const from = pastAdverbs(finder, finder.lower(finite + 1) === 'sich' ? finite + 2 : finite + 1)
  if (finder.lexicon.pronouns.has(finder.lower(from) ?? '')) return [from, from]
  const subject = finder.lexicon.definite.has(finder.lower(from) ?? '') ? finder.nounPhraseAfter(from) : undefined
  return subject && (finite === v || subject[1] < v) ? subject : undefined
}

/**
 * "Beim Roten Kreuz wurde betont", "In einer Studie des Wifo wurde darauf hingewiesen": with no
 * agent, the body or the document a passive of stating is placed in speaks. Not a bare name after "in"
 * ("In Wien wurde kritisiert": a place), nor a time ("In der Nacht wurde bestätigt").
 */
export function passivePlace(finder: SentenceSources, start: number, v: number): [number, number] | undefined {
  if (!finder.lexicon.placedPassiveForms.has(finder.tokens[v].lower)) return undefined
  const { places, origins } = finder.lexicon.placedSayings
  const { placeLinks } = finder.lexicon.collectiveVoices
  for (let k = start; k < v; k++) {
    const link = finder.tokens[k]
    if (link.quoted || !places.has(link.lower) || origins.has(link.lower)) continue
    // "in die Casinos": "in" with the accusative is a direction.
    if (placeLinks.has(link.lower) && finder.lexicon.subjectReach.directionArticles.has(finder.lower(k + 1) ?? '')) continue
    const place = finder.nounPhraseAfter(k + 1)
    if (!place || place[1] >= v || finder.namesNoSource(place[0], place[1])) continue
    const bare = placeLinks.has(link.lower) && finder.headOf(place[0], place[1]) === place[0]
    return bare ? undefined : place
  }
  return undefined
}

/**
 * "Die Verletzte und zwei von acht Zeugen sagen": a noun phrase and, after a conjunction, a second
 * one or a part of a group ("zwei von acht Zeugen"), right before the verb, speak together.
 */
export function joinedSubject(finder: SentenceSources, start: number, slot: number): [number, number] | undefined {
  // After a comma the words may go on listing ("Videodiensten wie Netflix, Hulu oder Amazon hält einer …").
  const first = finder.tokens[start - 1]?.value === ',' ? undefined : finder.nounPhraseAfter(start)
  if (!first || !finder.lexicon.conjunctions.has(finder.lower(first[1] + 1) ?? '')) return undefined
  const second = finder.nounPhraseAfter(first[1] + 2) ?? partOfGroup(finder, first[1] + 2)
  return second && second[1] === slot - 1 ? [first[0], second[1]] : undefined
}

/** "zwei von acht Zeugen", "drei der Opfer": a number, a link, and the group it counts from. */
function partOfGroup(finder: SentenceSources, from: number): [number, number] | undefined {
  const counts = (i: number) => finder.lexicon.numerals.has(finder.lower(i) ?? '') || /^\d+$/.test(finder.lower(i) ?? '')
  if (!counts(from) || !finder.lexicon.ownerLinks.has(finder.lower(from + 1) ?? '')) return undefined
  const group = finder.nounPhraseAfter(counts(from + 2) ? from + 3 : from + 2)
  return group && [from, group[1]]
}

/**
 * "der für Nachbarschaftspolitik zuständige EU-Kommissar Johannes Hahn", "Ein am Mittwoch
 * veröffentlichter Untersuchungsbericht des Ministeriums": after the article, a phrase of its own
 * before the participle or adjective of the subject. The noun phrase after its adjectives is the source.
 */
export function participleSubject(finder: SentenceSources, from: number): [number, number] | undefined {
  if (!finder.lexicon.determiners.has(finder.lower(from) ?? '')) return undefined
  const link = from + 1
  const linked = finder.lower(link) ?? ''
  if (!finder.lexicon.occasionLinks.has(linked) && !finder.lexicon.nameLinks.has(linked)) return undefined
  for (let i = link + 2; i < finder.tokens.length && i - link <= PARTICIPLE_REACH; i++) {
    if (finder.tokens[i].kind !== 'word') return undefined
    // The participle follows the noun of its own phrase ("Nachbarschaftspolitik zuständige"); "In seiner Rede" holds none.
    if (isParticiple(finder, i) && isCapitalized(finder.tokens[i - 1])) {
      let noun = i
      while (finder.isAttributive(noun)) noun++
      return finder.nounPhraseAfter(noun)
    }
  }
  return undefined
}

/** An inflected participle or adjective of a kind that takes a phrase of its own ("zuständige", "veröffentlichter", "ansässige"), before a noun. */
function isParticiple(finder: SentenceSources, i: number): boolean {
  const lower = finder.tokens[i].lower
  // "von den Darstellern einige Kletterkünste": a quantifier opens the object.
  return finder.isAttributive(i) && PARTICIPLE_ENDING.test(lower) && !finder.lexicon.vagueQuantifiers.has(lower)
}

/** "Der dafür zuständige Minister hingegen hatte … erklärt": an auxiliary after the subject, past adverbs. */
export function auxiliaryAfter(finder: SentenceSources, i: number): boolean {
  let k = i
  while (
    k < finder.tokens.length &&
    (finder.lexicon.adverbs.has(finder.tokens[k].lower) || finder.lexicon.notSubjects.has(finder.tokens[k].lower))
  )
    k++
  return finder.lexicon.auxiliaries.has(finder.lower(k) ?? '')
}
