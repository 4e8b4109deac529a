import type { Sentence, SourceMention } from '../../engine/model.js'
import type { SourceLexicon } from './lexicon.js'
import { attributionLine } from './attribution-line.js'
import { SentenceSources } from './finder.js'
import { statedIntentions } from './intentions.js'
import { bareInformationSources, emergingFrom, phrases } from './phrases.js'
import { colonSpeakers, ellipticalSpeakers, interviewPartners, quantifiedSpeakers, soClauses } from './speakers.js'
import { vaguePhrases } from './vague-phrases.js'
import { verbs } from './verbs.js'
import { reactionHolders, unnamedExperts, unnamedViewHolders, viewHolders } from './view-holders.js'
import { impersonalVoices, placedSayings, pollPlaces, publicVenues } from './voices.js'

// Runs the steps of the source finder over one sentence, in an order that lets the surer readings win.

/** Every source cited in one sentence, in order, without overlaps. */
export function findSources(sentence: Sentence, lexicon: SourceLexicon): SourceMention[] {
  const finder = new SentenceSources(sentence, lexicon)
  phrases(finder)
  statedIntentions(finder)
  // A quantifier right before its verb speaks ("Nicht wenige bezeichnen die Vorlage als …"), not the object after the verb.
  quantifiedSpeakers(finder)
  ellipticalSpeakers(finder)
  verbs(finder)
  colonSpeakers(finder)
  unnamedViewHolders(finder)
  viewHolders(finder)
  reactionHolders(finder)
  soClauses(finder)
  interviewPartners(finder)
  emergingFrom(finder)
  placedSayings(finder)
  impersonalVoices(finder)
  publicVenues(finder)
  pollPlaces(finder)
  bareInformationSources(finder)
  vaguePhrases(finder)
  unnamedExperts(finder)
  attributionLine(finder)
  const inOrder = finder.found.sort((a, b) => a.start - b.start)
  return outsideNamedSpeech(finder, joinedVague(finder, inOrder))
}

/**
 * "Manche Menschen denken vielleicht, sie würden …, sagt Langford.": people the words of a speaker
 * named in the closing clause speak of are part of those words, not the article's source. Hearsay,
 * informants and reports he passes on stay vague, and so do groups before a colon his words follow.
 */
function outsideNamedSpeech(finder: SentenceSources, mentions: SourceMention[]): SourceMention[] {
  const tag = mentions.filter((mention) => mention.kind === 'named').at(-1)
  const first = tag ? finder.tokens.findIndex((token) => token.start >= tag.start) : -1
  if (!tag || first < 1) return mentions
  const opens = finder.clauseStart(first)
  const comma = finder.tokens[opens - 1]
  // The closing clause is the speaker's tag: it opens with the verb of saying, "so" or "heißt es" ("…, sagt Langford.").
  const opener = finder.tokens[opens].lower
  const { verbForms, clausal, placedSayings } = finder.lexicon
  const tagged =
    verbForms.has(opener) || (opener === 'so' && clausal.has(opener)) || placedSayings.impersonal.some(([verb]) => verb === opener)
  if (comma?.value !== ',' || !tagged || !closesSentence(finder, finder.clauseEnd(first))) return mentions
  const words = wordsFrom(finder, tag)
  return mentions.filter(
    (mention) => mention.kind !== 'vague' || mention.end > comma.start || mention.end <= words || passedOn(finder, mention)
  )
}

/**
 * Where the tagged speaker's words begin: after a colon that follows the speaker's name ("…
 * gehört Österreichs Energieregulator Walter Boltz zu den Befürwortern: Entweder wir …, sagte
 * Boltz"), else at the sentence's start. What stands before that colon is the writer's.
 */
function wordsFrom(finder: SentenceSources, tag: SourceMention): number {
  const surname = tag.name.split(/\s+/).at(-1)
  let from = finder.sentence.start
  let named = false
  for (let i = 0; i < finder.tokens.length && finder.tokens[i].start < tag.start; i++) {
    const token = finder.tokens[i]
    if (named && token.value === ':' && !token.quoted) from = token.start
    named ||= token.value === surname
  }
  return from
}

/** Only punctuation follows token `i`. */
function closesSentence(finder: SentenceSources, i: number): boolean {
  return finder.tokens.slice(i + 1).every((token) => token.kind !== 'word')
}

/** A vague mention that is hearsay, an informant or a report rather than a group of people. */
function passedOn(finder: SentenceSources, mention: SourceMention): boolean {
  const words = mention.name.toLowerCase().split(/\s+/)
  const head = words.at(-1) ?? ''
  const { reportHeads, infoHeads } = finder.lexicon
  return finder.isAnonymous(head) || reportHeads.has(head) || infoHeads.has(head)
}

/** "nach Angaben aus Bankenkreisen": two vague mentions joined by a link are one source, reported once. */
function joinedVague(finder: SentenceSources, mentions: SourceMention[]): SourceMention[] {
  const joined: SourceMention[] = []
  for (const mention of mentions) {
    const last = joined.at(-1)
    const between =
      last &&
      finder.sentence.text
        .slice(last.end - finder.sentence.start, mention.start - finder.sentence.start)
        .trim()
        .toLowerCase()
    if (last?.kind === 'vague' && mention.kind === 'vague' && between !== undefined && finder.lexicon.institutionLinks.has(between)) {
      const name = finder.sentence.text.slice(last.start - finder.sentence.start, mention.end - finder.sentence.start)
      joined[joined.length - 1] = { ...last, end: mention.end, name }
    } else joined.push(mention)
  }
  return joined
}
