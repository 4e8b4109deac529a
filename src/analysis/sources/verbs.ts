import type { SentenceSources } from './finder.js'
import type { VerbNumber } from './kinds.js'
import {
  auxiliaryAfter,
  focusedRightBefore,
  joinedSubject,
  participleSubject,
  passivePlace,
  pastAdverbials,
  pastAdverbs,
  placedRightBefore,
  reflexiveBeforeSubject,
  subjectAfterObject
} from './subject-reach.js'
import { CLAUSE_BOUNDARIES, isCapitalized } from './words.js'

// Verbs of saying with their subject, before or after the verb, active or passive.

const APPOSITION_MARKS = new Set([',', '–', '—', '('])
const NOT_SPEAKING_BEFORE = new Set(['zu', 'sich'])
const RELATIVE_DATIVES = new Set(['dem', 'denen'])
const EXAMPLE_LINK = 'wie'
const ROLE_LINK = 'als'
const MODAL_PASSIVE = 'werden'

/** Verbs of saying with their subject, before or after the verb. */
export function verbs(finder: SentenceSources): void {
  for (let v = 0; v < finder.tokens.length; v++) {
    const token = finder.tokens[v]
    // A participle may open the sentence ("Genannt wurden von ihr …"); elsewhere a capital marks a noun.
    const opening = v === 0 && finder.isFiniteSlot(1)
    if (token.kind !== 'word' || token.quoted || (isCapitalized(token) && !opening)) continue
    // Only a verb of saying goes on: looked up first, as most words are none, before the words around it and the scans below.
    const particles = finder.lexicon.verbForms.get(token.lower)
    if (!particles) continue
    // "zu berichten", "sich behaupten": an infinitive or a reflexive use, not someone speaking.
    if (finder.lexicon.lang === 'de' && NOT_SPEAKING_BEFORE.has(finder.lower(v - 1) ?? '')) continue
    // "falsche Angaben gemacht zu haben": a perfect infinitive has no subject of its own.
    if (finder.lower(v + 1) === 'zu' && finder.lexicon.auxiliaries.has(finder.lower(v + 2) ?? '')) continue
    // "reportedly called for", "angeblich gesagt": hearsay about the speech, not the speaker's own word.
    if (finder.lexicon.hearsayAdverbs.has(finder.lower(v - 1) ?? '')) continue
    // "Kurz gesagt", "Anders formuliert": the writer's sentence adverbial, not "Kurz" speaking.
    if (opensWithSentenceAdverbial(finder, v) || !finder.hasParticle(v, particles)) continue
    // "hoffen auf Signale": a wish for something, not a view of a claim.
    if (finder.lexicon.wishForms.has(token.lower) && finder.clauseHolds(v, finder.lexicon.wishLinks)) continue
    const subject = subjectOf(finder, v)
    if (!subject || finder.namesNoSource(subject[0], subject[1])) continue
    // "Sanitäter berichteten", "sagten Anwohner": a single noun before a plural verb is a group, not a surname.
    const kind = finder.kindOf(subject[0], subject[1], verbNumber(finder, v))
    // "Die Behörden müssten … entscheiden": an unnamed group's act passes on no claim.
    // "wollen Bankenprüfer … entdeckt haben": before a perfect infinitive "wollen" claims, it does not act.
    const acts = finder.lexicon.actForms.has(token.lower) && !claimsToHave(finder, v)
    // People known only by their noun's form who act ("Demonstranten wollen … erreichen") or find
    // something ("fanden Arbeiter einen Abhörchip") stay the actor they were read as: the form speaks to sources only.
    const byFormOnly = kind === 'vague' && finder.kindOf(subject[0], subject[1], undefined, false) !== 'vague'
    if (byFormOnly && (acts || findsSomething(finder, v))) {
      finder.add(Math.min(subject[0], v), Math.max(subject[1], v), subject[0], subject[1], 'named')
      continue
    }
    if (kind === 'vague' && acts) continue
    finder.add(Math.min(subject[0], v), Math.max(subject[1], v), subject[0], subject[1], kind)
  }
}

/**
 * "Ein Gewinner fand sich", "fanden Arbeiter … einen Abhörchip": a verb of finding with "sich" right
 * after it, or with an object's article in its clause, finds a thing rather than holding a view.
 */
function findsSomething(finder: SentenceSources, v: number): boolean {
  if (!finder.lexicon.findingForms.has(finder.tokens[v].lower)) return false
  if (finder.lower(v + 1) === 'sich') return true
  for (let k = v + 1; k <= finder.clauseEnd(v); k++) if (finder.lexicon.objectDeterminers.has(finder.tokens[k].lower)) return true
  return false
}

/** "Er will nichts gesehen haben": a modal of claiming before a perfect infinitive that ends its clause. */
function claimsToHave(finder: SentenceSources, v: number): boolean {
  if (!finder.lexicon.claimModalForms.has(finder.tokens[v].lower)) return false
  let end = finder.clauseEnd(v)
  while (end > v && finder.tokens[end].kind !== 'word') end--
  return end > v + 1 && finder.lexicon.perfectAuxiliaries.has(finder.tokens[end].lower)
}

/** The number of the clause's finite verb: the verb of saying at `v` or its auxiliary ("sagten", "haben … berichtet", "sei"). */
function verbNumber(finder: SentenceSources, v: number): VerbNumber | undefined {
  // "mit einem lauten Chinakracher": after an article the word is an adjective, not a verb with a number.
  if (finder.lexicon.lang !== 'de' || finder.lexicon.determiners.has(finder.lower(v - 1) ?? '')) return undefined
  let finite = v
  for (let k = finder.clauseStart(v); k <= finder.clauseEnd(v); k++)
    if (!finder.tokens[k].quoted && finder.lexicon.auxiliaries.has(finder.tokens[k].lower)) {
      finite = k
      break
    }
  const lower = finder.tokens[finite].lower
  return lower.endsWith('en') || lower.endsWith('ern') || lower === 'sind' ? 'plural' : 'singular'
}

/** "Als Motiv seiner Fahrt gab der Mann … an", "Als Grund nannte die Polizei …": a role fronted with "als", the verb second. */
function frontsRole(finder: SentenceSources, start: number, v: number): boolean {
  if (start !== 1 || finder.lower(0) !== ROLE_LINK || !finder.isNameWord(1) || finder.lexicon.determiners.has(finder.lower(1) ?? ''))
    return false
  const after = finder.tokens[v + 1]
  return after !== undefined && after.kind === 'word' && !CLAUSE_BOUNDARIES.has(after.value)
}

/** "Auch", "vor allem": a focus word, not the preposition of a phrase ("Vor dem Hintergrund der Anschläge hat die Regierung …"). */
function isFocusWord(finder: SentenceSources, i: number): boolean {
  const lower = finder.lower(i) ?? ''
  const preposition = finder.lexicon.occasionLinks.has(lower) && finder.lexicon.determiners.has(finder.lower(i + 1) ?? '')
  return finder.lexicon.focusWords.has(lower) && !preposition
}

/** A name or a noun stands in the clause before the verb at `v`. */
function namesBefore(finder: SentenceSources, v: number): boolean {
  for (let i = finder.clauseStart(v); i < v; i++) if (finder.isNameWord(i)) return true
  return false
}

/** "Kurz gesagt, …" opening its clause ("Das hat Kurz gesagt" is Kurz speaking). */
function opensWithSentenceAdverbial(finder: SentenceSources, v: number): boolean {
  return finder.lexicon.sentenceAdverbials.some((phrase) => {
    const from = v - phrase.length + 1
    return from >= 0 && finder.matches(from, phrase) && finder.clauseStart(from) === from
  })
}

/**
 * The subject of the verb at `v`: a pronoun right after it ("sagte er"), else the whole stretch
 * from the clause start when it is a noun phrase in the subject slot ("Die Polizei teilte mit",
 * "wie X berichtet"),
 * else the noun phrase right after the verb ("sagte Katzian", "behauptet einer der Propagandisten").
 */
function subjectOf(finder: SentenceSources, v: number): [number, number] | undefined {
  const next = finder.lower(v + 1) ?? ''
  // "gibt es Kritik an …": after the expletive "es" nobody speaks; a subject before the verb still
  // may ("34 Prozent halten es für wahrscheinlich").
  const expletive = finder.lexicon.lang === 'de' && next === 'es'
  if (finder.lexicon.pronouns.has(next) || (finder.isVaguePronoun(v + 1) && !finder.isNameWord(v + 2))) return [v + 1, v + 1]
  // "Zugleich weist diese darauf hin": a demonstrative alone, not before its noun ("betonte diese Woche").
  // After a subject it is the object ("Der 33-Jährige erklärte diese mit Panik-Attacken").
  const alone = !finder.isNameWord(v + 2) && !finder.isAttributive(v + 2) && !namesBefore(finder, v)
  if (finder.lexicon.demonstratives.has(next) && alone) return [v + 1, v + 1]
  // "Seitinger (ÖVP) bezifferte": a parenthesis between the subject and its verb is passed over.
  const slot = parenthesisBefore(finder, v) ?? v
  let start = finder.clauseStart(slot)
  // "Die Vereinten Nationen (UN) haben … gewarnt": the parenthesis before a finite auxiliary belongs to the subject's clause.
  const party = start < v && finder.isFiniteSlot(start) ? parenthesisBefore(finder, start) : undefined
  if (party !== undefined) start = finder.clauseStart(party)
  if (finder.lexicon.objectVerbs.has(finder.tokens[v].lower)) return subjectBeforeObjectVerb(finder, start, v)
  const clausal = finder.lexicon.clausal.has(finder.lower(start) ?? '')
  if (clausal) start++
  // "Wobei eine der Zeuginnen sagt", "Als der Minister erklärte": a subordinator opening the sentence is no part of the subject.
  const subordinate = start === 0 && finder.lexicon.clauseOpeners.has(finder.lower(0) ?? '')
  while (start < v && (isFocusWord(finder, start) || (start === 0 && subordinate))) start++
  // "Als Motiv gab der Mann Liebeskummer an": "als" before a noun and a verb that goes on in its
  // clause fronts a role, not a subordinate clause ("Als der Minister erklärte, …"); the subject follows the verb.
  if (frontsRole(finder, start, v)) start = slot
  // In the passive the subject is what is said ("Eine Aktualisierung wird erwartet"): only an agent speaks.
  // After a modal ("In diesem Zusammenhang muss betont werden") the writer states it: no body it is placed in speaks.
  const modal = finder.lower(v + 1) === MODAL_PASSIVE
  if (isPassive(finder, start, v)) return passiveAgent(finder, start, v) ?? (modal ? undefined : passivePlace(finder, start, v))
  const coordinated = coordinatedSubject(finder, start, slot)
  if (coordinated) return coordinated
  // "…, und auch die anderen Oppositionsparteien signalisierten": a conjunction and a focus word opening a clause after a
  // comma put a new subject beside the one before ("…, und Fortuna meinte es gut" is an idiom's subject, no speaker).
  if (
    finder.lexicon.conjunctions.has(finder.lower(start) ?? '') &&
    finder.tokens[start - 1]?.value === ',' &&
    isFocusWord(finder, start + 1)
  )
    for (start++; start < v && isFocusWord(finder, start);) start++
  if (start < slot) {
    if (start === slot - 1 && finder.lexicon.pronouns.has(finder.lower(start) ?? '')) return [start, start]
    // "wie er am Montag versicherte", "wie jemand einmal gesagt hat"
    const pronoun = finder.lexicon.pronouns.has(finder.lower(start) ?? '') || finder.isVaguePronoun(start)
    if (speaksLast(finder, clausal, v) && pronoun) return [start, start]
    const before = finder.nounPhraseAfter(start)
    // Right before the verb, or before a finite auxiliary ("Die Polizei hat am Mittwoch mitgeteilt");
    // an object there ("Den Kunden entgegenkommen will Oettinger") leaves the subject after the verb.
    // "Weitere Angaben machten die Extremisten nicht": the word a phrase verb needs is its object.
    const object = before && (finder.lexicon.objectDeterminers.has(finder.tokens[before[0]].lower) || needsWord(finder, before))
    const adjacent =
      before && (before[1] === slot - 1 || placedRightBefore(finder, before, slot) || focusedRightBefore(finder, before, slot))
    const fronted = before && !object && (adjacent || (slot === v && finder.isFiniteSlot(pastParenthesis(finder, before[1] + 1))))
    // "Diese Befürchtung hatten die Rechtsanwälte geäußert": what names no one stands first as the object.
    if (fronted && finder.namesNoSource(before[0], before[1])) return subjectAfterObject(finder, before, v) ?? before
    if (fronted) return before
    const participle = before ? undefined : participleSubject(finder, start)
    if (participle && (participle[1] === slot - 1 || (slot === v && auxiliaryAfter(finder, participle[1] + 1)))) return participle
    const example = before && !object ? namedExample(finder, before, slot) : undefined
    if (example) return example
    // "wie Brega am Montag vor Journalisten sagte": in a "wie" clause with its verb last, the noun
    // phrase after "wie" speaks, whatever stands between it and the verb.
    if (before && !object && speaksLast(finder, clausal, v)) return before
    // "Während Umweltverbände vor einer Veränderung warnen, …": so does the one right after a
    // subordinator opening the sentence, in its clause with the verb last.
    if (before && !object && subordinate && before[0] === 1 && speaksLast(finder, true, v)) return before
  }
  // "So sagt es der Premier": "es" the object, the subject after it.
  if (expletive && finder.lexicon.definite.has(finder.lower(v + 2) ?? '')) return finder.nounPhraseAfter(v + 2)
  if (expletive || participleNounBefore(finder, v)) return undefined
  // "Der Mitgründer, Irfan Alawi, kritisierte die Behörden": the subject and its apposition stand before the verb; after it, the object.
  const apposed = start === v ? apposedSubject(finder, v) : undefined
  if (apposed) return apposed
  // "Ähnlich äußerte sich die Gewerkschaft": after one opening adverb the reflexive stands before the
  // subject (after a subject, "Das Unternehmen wollte sich Kosten sparen", an object follows it).
  let after = finder.lower(v + 1) === 'sich' && (start === v - 1 || reflexiveBeforeSubject(finder, start, v)) ? v + 2 : v + 1
  // "…, erklärte am späten Montagabend der Sprecher": a verb opening its clause after the words it
  // reports has its subject after the time; elsewhere the words after a time are as often the object.
  after = start === v ? pastAdverbials(finder, after) : pastAdverbs(finder, after)
  return (
    finder.nounPhraseAfter(after) ??
    (start === v ? participleSubject(finder, after) : undefined) ??
    passiveAgent(finder, start, v) ??
    subjectAfterFinite(finder, start, v) ??
    appositionSubject(finder, start)
  )
}

/**
 * The "(" of a party or short name in parentheses right before `v` ("Katzian (SPÖ) sagte",
 * "(SPÖ/ÖVP)"), in a clause that opens the sentence or follows a dash or colon: after a comma it
 * may close an enumeration ("vor Zinsen, Steuern und Abschreibungen (Ebitda) rechnet").
 */
function parenthesisBefore(finder: SentenceSources, v: number): number | undefined {
  if (finder.tokens[v - 1]?.value !== ')') return undefined
  for (let i = v - 2; i > 0 && v - i <= 5; i--) {
    const token = finder.tokens[i]
    if (token.value === '(') return finder.tokens[finder.clauseStart(i) - 1]?.value === ',' ? undefined : i
    if (token.kind === 'word' ? !isCapitalized(token) : token.value !== '/' && token.value !== '-') return undefined
  }
  return undefined
}

/**
 * "Befürworter wie EU-Parlamentspräsident Martin Schulz argumentieren": a group, then after "wie"
 * a named example right before the verb; the example is the one a reader can ask.
 */
function namedExample(finder: SentenceSources, group: [number, number], slot: number): [number, number] | undefined {
  const link = group[1] + 1
  if (finder.lexicon.lang !== 'de' || finder.lower(link) !== EXAMPLE_LINK) return undefined
  const example = finder.nounPhraseAfter(link + 1)
  return example && example[1] === slot - 1 && finder.kindOf(example[0], example[1]) === 'named' ? example : undefined
}

/**
 * "Landeshauptmann Markus Wallner (VP) und der Landesrat Johannes Rauch (Grüne) bedauerten": after
 * a name with its party in parentheses, a conjunction joins a second subject right before the verb.
 */
function coordinatedSubject(finder: SentenceSources, start: number, slot: number): [number, number] | undefined {
  if (!finder.lexicon.conjunctions.has(finder.lower(start) ?? '')) return joinedSubject(finder, start, slot)
  const second = finder.nounPhraseAfter(start + 1)
  const open = parenthesisBefore(finder, start)
  if (!second || second[1] !== slot - 1 || open === undefined) return undefined
  const first = finder.nounPhraseAfter(finder.clauseStart(open))
  return first && first[1] === open - 1 ? [first[0], second[1]] : undefined
}

/** The noun phrase's head is the word a phrase verb needs ("Angaben" of "angaben machen"). */
function needsWord(finder: SentenceSources, [from, to]: [number, number]): boolean {
  const head = finder.headOf(from, to)
  return head !== undefined && finder.lexicon.phraseWords.has(finder.tokens[head].lower)
}

/**
 * "Die Vereinten Nationen (UN) haben … gewarnt": the token after a short name or party in
 * parentheses opening at `i`, else `i` itself.
 */
function pastParenthesis(finder: SentenceSources, i: number): number {
  if (finder.tokens[i]?.value !== '(') return i
  for (let close = i + 1; close < finder.tokens.length && close - i <= 5; close++)
    if (finder.tokens[close].value === ')') return parenthesisBefore(finder, close + 1) === i ? close + 1 : i
  return i
}

/** A "wie" clause whose verb of saying ("sagte", not "wollen") ends it. */
function speaksLast(finder: SentenceSources, clausal: boolean, v: number): boolean {
  return clausal && !finder.lexicon.actForms.has(finder.tokens[v].lower) && endsClause(finder, v)
}

/**
 * "Der Mitgründer der Stiftung, Irfan Alawi, kritisierte", "Narendra Modi, dessen Land …, drückte
 * … aus": a noun phrase opening the sentence, then between commas right before the verb a noun
 * phrase (an apposition, part of the subject) or a relative clause.
 */
function apposedSubject(finder: SentenceSources, v: number): [number, number] | undefined {
  if (finder.tokens[v - 1]?.value !== ',') return undefined
  const opening = withPlace(finder, finder.nounPhraseAfter(0))
  // "Der Generalsekretär der Industriellenvereinigung (IV), Christoph Neumayer, interpretierte": past the body's short name.
  const comma = opening && pastParenthesis(finder, opening[1] + 1)
  if (!opening || comma === undefined || finder.tokens[comma]?.value !== ',') return undefined
  const between = comma + 1
  if (finder.lexicon.relativePronouns.has(finder.lower(between) ?? '') && finder.clauseStart(v - 1) === between) return opening
  const apposition = finder.nounPhraseAfter(between)
  return apposition && apposition[1] === v - 2 ? [opening[0], apposition[1]] : undefined
}

/** "Der Vorsitzende im Repräsentantenhaus": a noun phrase with the place of its office after it. */
function withPlace(finder: SentenceSources, phrase: [number, number] | undefined): [number, number] | undefined {
  if (!phrase || !finder.lexicon.subjectReach.officeLinks.has(finder.lower(phrase[1] + 1) ?? '')) return phrase
  const place = finder.nounPhraseAfter(phrase[1] + 2)
  return place ? [phrase[0], place[1]] : phrase
}

/** The verb at `v` ends its clause, or only auxiliaries follow it there ("mitgeteilt hatte"). */
function endsClause(finder: SentenceSources, v: number): boolean {
  for (let next = v + 1, end = finder.clauseEnd(v); next <= end; next++)
    if (!finder.lexicon.auxiliaries.has(finder.tokens[next].lower)) return false
  return true
}

/**
 * "Im Internet kursierende Fotos zeigten blutüberströmte Menschen": a noun after a present
 * participle fills the slot before the verb, so the words after the verb are its object.
 */
function participleNounBefore(finder: SentenceSources, v: number): boolean {
  const noun = finder.tokens[v - 1]
  const participle = finder.tokens[v - 2]
  if (!noun || !participle || noun.kind !== 'word' || !isCapitalized(noun) || finder.lexicon.timeNouns.has(noun.lower)) return false
  return (
    finder.lexicon.lang === 'de' && participle.kind === 'word' && !isCapitalized(participle) && /end(e|en|er|es|em)$/.test(participle.lower)
  )
}

/**
 * A passive: an auxiliary before a participle ("wurde … kritisiert", "is expected"), not before
 * an infinitive ("werden … erklären" is the future). English wants the auxiliary right before it.
 */
function isPassive(finder: SentenceSources, start: number, v: number): boolean {
  if (finder.lexicon.infinitives.has(finder.tokens[v].lower)) return false
  if (finder.lexicon.lang === 'en') {
    let i = v - 1
    while (i >= start && finder.lexicon.adverbs.has(finder.tokens[i].lower)) i--
    return i >= start && finder.lexicon.passiveAuxiliaries.has(finder.tokens[i].lower)
  }
  for (let i = start; i < v; i++) if (finder.lexicon.passiveAuxiliaries.has(finder.tokens[i].lower)) return true
  // The perfect passive puts its auxiliary after the participle: "ist … gefunden worden", and so does
  // the passive after a modal: "Die Tatwaffe konnte nicht gefunden werden".
  return finder.lexicon.passiveAuxiliaries.has(finder.lower(v + 1) ?? '')
}

/** "wurde von der Organisation Attac kritisiert", "Genannt wurden von ihr …". */
function passiveAgent(finder: SentenceSources, start: number, v: number): [number, number] | undefined {
  for (let i = start; i < finder.tokens.length && (i <= v || !CLAUSE_BOUNDARIES.has(finder.tokens[i].value)); i++) {
    if (finder.tokens[i].quoted || !finder.lexicon.agentLinks.has(finder.tokens[i].lower)) continue
    if (finder.lexicon.pronouns.has(finder.lower(i + 1) ?? '')) return [i + 1, i + 1]
    const agent = finder.nounPhraseAfter(i + 1)
    if (agent) return agent
  }
  return undefined
}

/**
 * The subject after the finite verb of a compound tense ("hatte das Innenministerium beklagt",
 * "musste Apple … bekanntgeben") or after the word opening a verb-final clause ("ehe auch die
 * Behörden am Mittwoch erklärten", "in dem einer der Gäste erklärt"). In German only an auxiliary or a modal is that finite verb:
 * after "seit zwei" or "auf YouTube … illegal" no subject follows.
 */
function subjectAfterFinite(finder: SentenceSources, start: number, v: number): [number, number] | undefined {
  const german = finder.lexicon.lang === 'de'
  // "Der neue Tatort hat einige Schlagersänger verärgert": a German noun phrase opening the clause is its subject,
  // unless it is a time ("Wenige Wochen vor dem Referendum hat die EU-Kommission … zurückgewiesen").
  const opening = german ? finder.nounPhraseAfter(start) : undefined
  const openingHead = opening && finder.headOf(opening[0], opening[1])
  if (opening && !(openingHead !== undefined && finder.lexicon.timeNouns.has(finder.tokens[openingHead].lower))) return undefined
  // "Wir haben die Renovierung entschieden": so is a pronoun before the auxiliary of the verb ending the clause; the
  // noun phrase after it is the object ("Er soll … lernen und will …" joins a second verb to no new subject).
  const pronounFirst =
    finder.lexicon.pronouns.has(finder.lower(start) ?? '') && finder.lexicon.auxiliaries.has(finder.lower(start + 1) ?? '')
  if (german && pronounFirst && endsClause(finder, v)) return [start, start]
  for (let i = start; i + 1 < v; i++) {
    const opensClause = german && i === start && finder.tokens[i].kind === 'word' && !isCapitalized(finder.tokens[i])
    if (!opensClause && (!finder.isFiniteSlot(i) || (german && !finder.lexicon.auxiliaries.has(finder.tokens[i].lower)))) continue
    let from = i + 1
    while (opensClause && from < v && finder.lexicon.adverbs.has(finder.tokens[from].lower)) from++
    // "in dem einer der Gäste erklärt": the relative pronoun after the preposition is not the subject's article.
    // "in dem Analysten … rechnen": a relative pronoun in the dative is no article of the subject.
    const relative = RELATIVE_DATIVES.has(finder.lower(from) ?? '') && !finder.lexicon.agentLinks.has(finder.tokens[i].lower)
    if (opensClause && (relative || [from, from + 1].every((k) => finder.lexicon.determiners.has(finder.lower(k) ?? '')))) from++
    if (finder.lexicon.pronouns.has(finder.lower(from) ?? '')) return [from, from]
    // "hatten sich mehrere Staatschefs … geäußert": the reflexive stands before the subject.
    const subject = finder.nounPhraseAfter(finder.lower(from) === 'sich' ? from + 1 : from)
    if (subject && subject[1] < v) return subject
  }
  return undefined
}

/** "Entholzer – seit zwei Jahren Parteichef – kündigte … an": the name that opens the sentence before an apposition. */
function appositionSubject(finder: SentenceSources, start: number): [number, number] | undefined {
  if (start === 0 || !APPOSITION_MARKS.has(finder.tokens[start - 1].value)) return undefined
  const opening = finder.nounPhraseAfter(0)
  // "Berlin – Der neue Tatort hat … verärgert": a dash right after the opening name, opening the verb's clause, ends a dateline.
  const closed = opening !== undefined && (opening[1] + 1 < start - 1 || finder.tokens[start - 1].value === ',')
  return closed && APPOSITION_MARKS.has(finder.tokens[opening[1] + 1]?.value ?? '') ? opening : undefined
}

/**
 * "told analysts": the speaker stands before the verb, or in the nearest clause before it that
 * is a noun phrase set off by commas ("Marc Verhulst, a spokesman for the union, told reporters").
 */
function subjectBeforeObjectVerb(finder: SentenceSources, start: number, v: number): [number, number] | undefined {
  const before = start < v ? finder.nounPhraseAfter(start) : undefined
  if (before && before[1] === v - 1) return before
  for (let end = start - 1; end > 0; end = finder.clauseStart(end - 1) - 1) {
    if (finder.tokens[end].value !== ',') return undefined
    const from = finder.clauseStart(end)
    const phrase = finder.nounPhraseAfter(from)
    if (phrase && phrase[1] === end - 1) return phrase
    if (from === 0) return undefined
  }
  return undefined
}
