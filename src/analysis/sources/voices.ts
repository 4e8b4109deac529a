import { phraseIndex } from '../phrase-index.js'
import type { SentenceSources } from './finder.js'
import { isCapitalized } from './words.js'

// Collective and impersonal voices: a saying placed in a document or a place, "man" holding a view in a
// place or a collective, and things passed on in an unnamed public.

/**
 * "In dem Bericht der Kommission heißt es": the place named before an impersonal saying; or the
 * origin after it, past a time or an occasion ("hieß es dazu aus dem Büro des Ministerpräsidenten").
 */
export function placedSayings(finder: SentenceSources): void {
  const { impersonal, places } = finder.lexicon.placedSayings
  const index = phraseIndex(impersonal)
  for (const i of finder.phraseOpenings()) {
    const phrase = i > 0 ? index.firstAt(finder.tokens, i) : undefined
    if (!phrase) continue
    const start = finder.clauseStart(i)
    const name = places.has(finder.lower(start) ?? '') ? finder.nounPhraseAfter(start + 1) : undefined
    if (name && name[1] === i - 1) finder.add(start, i + phrase.length - 1, name[0], name[1], finder.placeKind(start, name))
    else originAfter(finder, i + phrase.length)
  }
  verbFinalSayings(finder)
}

/**
 * "wie es in einem vertraulichen Papier heißt", "soll es im Vertrag heißen": "es", the place, and
 * the verb closing the clause (read up to the verb only: a sentence of many "es im …" is read once).
 */
function verbFinalSayings(finder: SentenceSources): void {
  const { places, verbFinal } = finder.lexicon.placedSayings
  for (let i = 0; i + 3 < finder.tokens.length; i++) {
    if (finder.tokens[i].quoted || finder.tokens[i].lower !== 'es' || !places.has(finder.lower(i + 1) ?? '')) continue
    const name = finder.nounPhraseAfter(i + 2)
    const verb = name ? name[1] + 1 : -1
    if (name && verbFinal.has(finder.lower(verb) ?? '') && finder.endsClauseOf(i, verb))
      finder.add(i + 1, verb, name[0], name[1], finder.placeKind(i + 1, name))
  }
}

/** "…, hieß es am Freitag aus der russischen Botschaft": the first origin in the rest of the saying's clause. */
function originAfter(finder: SentenceSources, from: number): void {
  for (let k = from, end = finder.clauseEnd(from - 1); k < end; k++) {
    if (finder.tokens[k].quoted || !finder.lexicon.placedSayings.origins.has(finder.tokens[k].lower)) continue
    const name = finder.nounPhraseAfter(k + 1)
    if (name && !finder.namesNoSource(name[0], name[1])) finder.add(k, name[1], name[0], name[1], finder.placeKind(k, name))
    return
  }
}

/**
 * "In Wien hofft man", "Man war bei den Einsatzkräften zuversichtlich": an impersonal subject
 * holding a view, placed in a collective voice or a bare place, names no one. The place opens
 * the clause or follows "man" and its verb; elsewhere it is what the view is about ("während
 * man bei den Kandidaten davon ausgehen kann").
 */
export function impersonalVoices(finder: SentenceSources): void {
  const { impersonal } = finder.lexicon.collectiveVoices
  for (let m = 0; m < finder.tokens.length; m++) {
    if (finder.tokens[m].quoted || !impersonal.has(finder.tokens[m].lower) || !holdsView(finder, m)) continue
    const start = finder.clauseStart(m)
    const k = start === m ? m + 2 : start
    const place = k < finder.clauseEnd(m) ? finder.nounPhraseAfter(k + 1) : undefined
    if (!place) continue
    // The name holds "man" with its place: "In Wien" alone would read as if the city were the source.
    const [from, to] = [Math.min(k, m), Math.max(place[1], m)]
    if (isBarePlace(finder, k, place) || finder.isCollectiveVoice(k, place[0], place[1])) finder.add(from, to, from, to, 'vague')
  }
}

/** "In Wien": a lone name after a place link, with no body placed elsewhere in the clause ("In Nummerntafelfragen verweist man beim Land"). */
function isBarePlace(finder: SentenceSources, link: number, [from, to]: [number, number]): boolean {
  if (!finder.lexicon.collectiveVoices.placeLinks.has(finder.tokens[link].lower) || from !== to || !isCapitalized(finder.tokens[from]))
    return false
  for (let k = to + 1, end = finder.clauseEnd(link); k <= end; k++)
    if (finder.lexicon.placedSayings.places.has(finder.tokens[k].lower)) return false
  return true
}

/** "wie auf Social Media oft verbreitet wird", "Im Internet kursierende Fotos": something passed on in an unnamed public. */
export function publicVenues(finder: SentenceSources): void {
  const { venues, passOn } = finder.lexicon.publicVenues
  const index = phraseIndex(venues)
  for (const i of finder.phraseOpenings()) {
    const venue = index.firstAt(finder.tokens, i)
    if (!venue || finder.clauseHasSource(i)) continue
    const last = i + venue.length - 1
    const clause = finder.tokens.slice(finder.clauseStart(i), finder.clauseEnd(i) + 1)
    if (clause.some((token) => passOn.some((start) => token.lower.startsWith(start)))) finder.add(i, last, i, last, 'vague')
  }
}

/** The clause of token `i` holds a verb of saying or believing, or a stance ("hofft", "war … zuversichtlich"), not a wish for something. */
export function holdsView(finder: SentenceSources, i: number): boolean {
  for (let v = finder.clauseStart(i), end = finder.clauseEnd(i); v <= end; v++) {
    const token = finder.tokens[v]
    const particles = token.kind === 'word' && !isCapitalized(token) ? finder.lexicon.verbForms.get(token.lower) : undefined
    if (!particles || !finder.hasParticle(v, particles)) continue
    if (!(finder.lexicon.wishForms.has(token.lower) && finder.clauseHolds(v, finder.lexicon.wishLinks))) return true
  }
  return false
}

/** "Auch in den Umfragen hat die Landesregierung keine Mehrheit": polls in general, with no owner after them, as the place of a finding. */
export function pollPlaces(finder: SentenceSources): void {
  const { links, plurals, heads } = finder.lexicon.pollPlaces
  for (let i = 0; i + 2 < finder.tokens.length; i++) {
    if (finder.tokens[i].quoted || !links.has(finder.tokens[i].lower) || !plurals.has(finder.tokens[i + 1].lower)) continue
    const place = finder.nounPhraseAfter(i + 1)
    const head = place && finder.headOf(place[0], place[1])
    if (!place || head === undefined || !finder.isHeadOrCompound(finder.tokens[head].lower, heads)) continue
    if (!finder.lexicon.ownerLinks.has(finder.lower(head + 1) ?? '')) finder.add(i, head, i + 1, head, 'vague')
  }
}
