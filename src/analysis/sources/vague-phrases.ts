import { phraseIndex } from '../phrase-index.js'
import type { SourceLexicon } from './lexicon.js'
import type { SentenceSources } from './finder.js'
import { holdsView } from './voices.js'
import { CLAUSE_BOUNDARIES, isCapitalized } from './words.js'

// Fixed vague phrases, hearsay without a speaker, anonymous informants and reports no one owns.

/** Fixed vague phrases and anonymous informants last, so that the named readings above win where they overlap. */
export function vaguePhrases(finder: SentenceSources): void {
  anonymousAndQuantified(finder)
  heardSayings(finder)
  agentlessHearsay(finder)
  const vaguePhrases = phraseIndex(finder.lexicon.vaguePhrases)
  for (const i of finder.phraseOpenings()) {
    for (const phrase of vaguePhrases.matchingAt(finder.tokens, i)) {
      // A trailing comma or full stop only anchors the phrase at the clause edge.
      const last = i + phrase.length - 1
      const end = finder.tokens[last].kind === 'punctuation' ? last - 1 : last
      // "verlautete am Montag aus Sicherheitskreisen": the clause gives the vague source itself, one
      // finding. Beside a named actor ("Dem Vernehmen nach wirft die JG … vor") and where the phrase
      // names its group ("vertraute Personen") it is a source of its own.
      // A phrase that ends in its noun ("kritische Stimmen", "vertraute Personen") is people like an
      // informant: a source where it stands as one, not where it is talked about ("musste sich mit
      // kritischen Stimmen befassen", "Kritische Stimmen zu Schwedens Superstar").
      const noun = isCapitalized(finder.tokens[end])
      if (noun && !standsAsSource(finder, i, end)) continue
      if (noun || !finder.clauseHasSource(i, 'vague')) finder.add(i, end, i, end, 'vague')
    }
  }
}

/** "war aus dem Sender zu hören", "war von drei Attentätern die Rede": impersonal hearsay around a gap. */
function heardSayings(finder: SentenceSources): void {
  for (const saying of finder.lexicon.heardSayings) heardSaying(finder, saying)
}

function heardSaying(finder: SentenceSources, { opens, links, endings, notAfter }: SourceLexicon['heardSayings'][number]): void {
  const byFirstWord = phraseIndex(endings)
  for (const i of finder.phraseOpenings()) {
    const ending = i > 0 ? byFirstWord.firstAt(finder.tokens, i) : undefined
    if (!ending || notAfter.has(finder.tokens[i - 1].lower)) continue
    // The link may open the clause before the verb ("Von einer Versachlichung war oft die Rede").
    let opener: number | undefined
    let linked = links.size === 0
    for (let k = i - 1; k >= 0 && !CLAUSE_BOUNDARIES.has(finder.tokens[k].value); k--) {
      if (links.has(finder.tokens[k].lower)) linked = true
      else if (opener === undefined && opens.has(finder.tokens[k].lower)) opener = k
    }
    // Its clause may give the source itself ("In ägyptischen Justizkreisen war … die Rede"): one finding.
    // A closing comma or full stop only anchors the ending at the clause edge ("Zweifel laut,").
    const last = i + ending.length - 1
    const end = finder.tokens[last].kind === 'punctuation' ? last - 1 : last
    if (opener !== undefined && linked && !finder.clauseHasSource(i)) finder.add(opener, end, opener, end, 'vague')
  }
}

/**
 * "Ihrem Kamerateam wird vorgeworfen, …", "der nachgesagt wurde": a passive of hearsay with no
 * agent and no source in its clause leaves unsaid who claims it.
 */
function agentlessHearsay(finder: SentenceSources): void {
  for (let i = 0; i < finder.tokens.length; i++) {
    const token = finder.tokens[i]
    if (token.quoted || !finder.lexicon.hearsayPassiveForms.has(token.lower) || finder.clauseHasSource(i)) continue
    const words = finder.tokens.slice(finder.clauseStart(i), finder.clauseEnd(i) + 1).map((word) => word.lower)
    const passive = words.some((word) => finder.lexicon.passiveAuxiliaries.has(word))
    if (passive && !words.some((word) => finder.lexicon.agentLinks.has(word))) finder.add(i, i, i, i, 'vague')
  }
}

/**
 * Anonymous informants where they stand as a source, ownerless reports anywhere, and unnamed experts a quantifier leaves
 * unnamed ("bei einigen Beobachtern"). Other quantified groups are vague only where they are a
 * source: elsewhere they are the people the story is about ("Wie viele Beamte haben Sie
 * entlassen?", "bat mehrere Beamten").
 */
function anonymousAndQuantified(finder: SentenceSources): void {
  for (let i = 0; i < finder.tokens.length; i++) {
    const token = finder.tokens[i]
    if (token.quoted || token.kind !== 'word' || !isCapitalized(token)) continue
    const quantified =
      finder.lexicon.vagueQuantifiers.has(finder.lower(i - 1) ?? '') && finder.isHeadOrCompound(token.lower, finder.lexicon.expertHeads)
    const report = !quantified && isOwnerlessReport(finder, i)
    if (!quantified && !report && !finder.isAnonymous(token.lower)) continue
    // A report is its words alone ("am Freitag Berichte"); an informant may carry a name before it ("ORF-Quelle").
    const name = report ? [finder.modifiersBefore(i), i] : (finder.nounPhraseBefore(i) ?? [i, i])
    // "die genaue Quelle des Reizes": after a definite article the word is a thing, not an informant.
    if (!report && [name[0], i - 1].some((k) => finder.lexicon.definite.has(finder.lower(k) ?? ''))) continue
    // "verfügt über zahlreiche Informanten", "kursieren Gerüchte über …": an informant talked about is no source.
    if (!report && !quantified && !standsAsSource(finder, name[0], i)) continue
    finder.add(name[0], i, name[0], i, 'vague', report)
  }
}

/**
 * An anonymous informant where a source stands: after a link a saying comes from ("aus
 * Sicherheitskreisen", "unter Berufung auf Insider", not after an act: "Widerstand aus Kreisen"), before "zufolge", with the claim after it
 * ("gab es Gerüchte, dass …"), or in the clause of a verb of saying ("sagte ein Insider"). A
 * language whose lexicon gives no such links reports them wherever they stand.
 */
function standsAsSource(finder: SentenceSources, from: number, i: number): boolean {
  const places = finder.lexicon.anonymousPlaces
  if (!places) return true
  if (places.notAfter.has(finder.lower(from - 2) ?? '')) return false
  if (places.links.has(finder.lower(from - 1) ?? '') || phraseIndex(finder.lexicon.after).firstAt(finder.tokens, i + 1)) return true
  if (finder.lower(i + 1) === ',' && places.contentLinks.has(finder.lower(i + 2) ?? '')) return true
  return holdsView(finder, i)
}

/** "Berichte, wonach …", "einen britischen Pressebericht": a report no one owns. */
function isOwnerlessReport(finder: SentenceSources, i: number): boolean {
  const lexicon = finder.lexicon
  if (!(lexicon.reportHeads.has(finder.tokens[i].lower) || isClaimWithContent(finder, i)) || finder.compoundWithName(i)) return false
  const from = finder.modifiersBefore(i)
  const opener = [finder.tokens[from].lower, finder.lower(from - 1) ?? '']
  // "die Berichte" points back at reports named before, unless their topic follows ("die Berichte über einen
  // Goldzug" introduces them); "keine Berichte" passes nothing on.
  const introduced = lexicon.reportTopics.has(finder.lower(i + 1) ?? '')
  if (opener.some((word) => (lexicon.definite.has(word) && !introduced) || lexicon.negations.has(word))) return false
  // "viele ihrer Berichte" are the reports of someone named before.
  if (finder.followsPossessive(from, i)) return false
  const next = finder.tokens[i + 1]
  return !(next && lexicon.ownerLinks.has(next.lower) && (finder.isNameWord(i + 2) || lexicon.determiners.has(finder.lower(i + 2) ?? '')))
}

/** "Kritik, wonach …": a claim noun followed by what is claimed, passed on like a report. */
function isClaimWithContent(finder: SentenceSources, i: number): boolean {
  return (
    finder.lexicon.claimNouns.has(finder.tokens[i].lower) &&
    finder.lower(i + 1) === ',' &&
    finder.lexicon.claimLinks.has(finder.lower(i + 2) ?? '')
  )
}
