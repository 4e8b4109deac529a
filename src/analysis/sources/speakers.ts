import { hasKonjunktivI } from '../german-verbs.js'
import type { SentenceSources } from './finder.js'
import { pastAdverbs } from './subject-reach.js'
import { CLAUSE_BOUNDARIES, DASHES, isCapitalized } from './words.js'

// Speakers without a verb of saying of their own: a quantifier before its verb, a speaker whose verb is
// left out, a speaker before a colon, and a source after a closing ", so".

/**
 * "Viele befürchten, dass …", "wie manche behaupteten": a quantifier standing alone as the
 * subject of a verb of saying, right before it at the clause start (or after "wie").
 */
export function quantifiedSpeakers(finder: SentenceSources): void {
  for (let v = 1; v < finder.tokens.length; v++) {
    const q = v - 1
    const token = finder.tokens[q]
    if (
      token.quoted ||
      !finder.lexicon.vagueQuantifiers.has(token.lower) ||
      finder.tokens[v].kind !== 'word' ||
      isCapitalized(finder.tokens[v])
    )
      continue
    const start = finder.clauseStart(q)
    const before = finder.lower(start) ?? ''
    // "wie manche behaupteten"; "Nicht wenige bezeichnen …": the negation belongs to the quantifier.
    const negated = before === 'nicht'
    const opens = start === q || (start === q - 1 && (finder.lexicon.clausal.has(before) || negated))
    const particles = finder.lexicon.verbForms.get(finder.tokens[v].lower)
    if (opens && particles && finder.hasParticle(v, particles)) finder.add(negated ? start : q, v, negated ? start : q, q, 'vague')
  }
}

/**
 * "Andere, sie habe sich normal unterhalten, wieder andere, sie habe laut geschrien": a speaker
 * alone in its clause, its verb of saying left out, before reported speech.
 */
export function ellipticalSpeakers(finder: SentenceSources): void {
  const { words, before } = finder.lexicon.ellipticalSpeakers
  for (let i = 0; i < finder.tokens.length; i++) {
    if (finder.tokens[i].quoted || !words.has(finder.tokens[i].lower)) continue
    const start = finder.clauseStart(i)
    if (finder.tokens.slice(start, i).some((token) => !before.has(token.lower))) continue
    let comma = i + 1
    // An aside in dashes may stand between the speaker and its comma ("andere – darunter die Tochter –, …").
    if (DASHES.has(finder.tokens[comma]?.value ?? '')) comma = finder.clauseEnd(comma + 1) + 2
    if (finder.tokens[comma]?.value !== ',') continue
    const speech = finder.tokens.slice(comma + 1, finder.clauseEnd(comma + 1) + 1)
    if (hasKonjunktivI(speech)) finder.add(start, i, start, i, 'vague')
  }
}

/**
 * "Katzian: „…“", "Taschner: Da ist einmal die Mobilität.", "Seine Argumentation: …": a speaker
 * before a colon, opening the sentence or opening a quote.
 */
export function colonSpeakers(finder: SentenceSources): void {
  for (let i = 1; i + 1 < finder.tokens.length; i++) {
    if (finder.tokens[i].value !== ':' || finder.tokens[i].quoted) continue
    const start = finder.clauseStart(i)
    if (!finder.tokens[i + 1].quoted && start !== 0) continue
    // "Dazu der Kommissar: …": an adverb may stand before a speaker with an article ("Noch ein Vergleich:" is none).
    const adverb = finder.lexicon.adverbs.has(finder.lower(start) ?? '') && finder.lexicon.definite.has(finder.lower(start + 1) ?? '')
    const name = finder.nounPhraseAfter(adverb ? start + 1 : start)
    if (!name || name[1] !== i - 1 || i - start > 5) continue
    const head = finder.headOf(name[0], name[1])
    if (head !== undefined && !finder.lexicon.notSpeakers.has(finder.tokens[head].lower) && !finder.namesNoSource(name[0], name[1]))
      finder.add(name[0], name[1], name[0], name[1], finder.kindOf(name[0], name[1]))
  }
}

/** "…, so Katzian." and "…, so der Experte.": a source after a comma at the end of a sentence. */
export function soClauses(finder: SentenceSources): void {
  for (let i = 1; i < finder.tokens.length; i++) {
    if (
      finder.tokens[i].quoted ||
      finder.tokens[i - 1].value !== ',' ||
      !finder.lexicon.clausal.has(finder.tokens[i].lower) ||
      finder.tokens[i].lower === 'wie'
    )
      continue
    const name = finder.nounPhraseAfter(i + 1)
    if (!name) continue
    // "…, so die Agenturgründer weiter.": an adverb may close the clause, so may a time or an occasion.
    let after = pastAdverbs(finder, name[1] + 1)
    if (finder.lexicon.occasionLinks.has(finder.lower(after) ?? '')) after = occasionEnd(finder, after)
    const next = finder.tokens[after]
    if ((!next || CLAUSE_BOUNDARIES.has(next.value)) && !finder.namesNoSource(name[0], name[1]))
      finder.add(i, name[1], name[0], name[1], finder.kindOf(name[0], name[1]))
  }
}

/** Past the time and occasion phrases from `from` ("am Montag in einer Aussendung"): where a verb or another word stops them. */
function occasionEnd(finder: SentenceSources, from: number): number {
  let i = from
  for (; i < finder.tokens.length && finder.tokens[i].kind === 'word'; i++) {
    const lower = finder.tokens[i].lower
    const fits =
      finder.isNameWord(i) ||
      finder.isAttributive(i) ||
      finder.lexicon.determiners.has(lower) ||
      finder.lexicon.occasionLinks.has(lower) ||
      finder.lexicon.adverbs.has(lower)
    if (!fits) break
  }
  return i
}

/**
 * "sagte der Hacker zu einer finnischen Zeitung", "sagte er einem US-Sender": the outlet a
 * speaker talked to, left unnamed, in the clause of a verb of saying whose source is found.
 */
export function interviewPartners(finder: SentenceSources): void {
  const { links, articles, heads } = finder.lexicon.interviewPartners
  for (let i = 1; i < finder.tokens.length; i++) {
    if (finder.tokens[i].quoted || !articles.has(finder.tokens[i].lower) || !finder.clauseHasSource(i)) continue
    const before = finder.tokens[i - 1]
    if (!links.has(before.lower) && !finder.isNameWord(i - 1)) continue
    // "wie er einem australischen Rundfunksender sagte": the speaker is named before, the outlet only where he spoke.
    if ([i - 1, i - 2].some((k) => finder.lexicon.pronouns.has(finder.lower(k) ?? ''))) continue
    const partner = finder.nounPhraseAfter(i)
    const head = partner && finder.headOf(partner[0], partner[1])
    if (!partner || head !== partner[1] || !finder.isHeadOrCompound(finder.tokens[head].lower, heads)) continue
    const from = links.has(before.lower) ? i - 1 : i
    finder.add(from, head, i, head, 'vague', true)
  }
}
