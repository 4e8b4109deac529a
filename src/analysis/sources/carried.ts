import type { Article, SourceMention } from '../../engine/model.js'
import { hasKonjunktivI } from '../german-verbs.js'
import { type SourceLexicon, sourceLexicon } from './lexicon.js'

// Vague mentions whose source the sentence before, or the survey in reach, already gives.

/**
 * A bare "hieß es" or an agentless "wird vorgeworfen" right after a sentence that names its source,
 * or after reported speech that follows one, goes on with that source ("Die Polizei teilte mit … . Man sei zuversichtlich, hieß es.", "Laut
 * Innenministerium … . Ihnen werden Diebstähle vorgeworfen."); respondents of a survey given in
 * their sentence or the one before speak through it ("In einer Umfrage des Verbandes Bitkom
 * sagten 25 Prozent der Befragten"): no vague source of their own.
 */
export function withoutCarriedMentions(mentions: SourceMention[], article: Article): SourceMention[] {
  const namedIn = new Set(mentions.filter((mention) => mention.kind === 'named').map((mention) => mention.sentence))
  const mentionedIn = new Set(mentions.map((mention) => mention.sentence))
  return mentions.filter((mention) => {
    if (mention.kind !== 'vague') return true
    const lexicon = sourceLexicon(article.blocks[article.sentences[mention.sentence].block].lang)
    const words = mention.name
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
    if (isRespondents(words, lexicon) && surveyInReach(article, mention.sentence, lexicon)) return false
    if (!namedIn.has(speakerBefore(article, mention.sentence, mentionedIn))) return true
    const hearsayPassive = words.length === 1 && lexicon.hearsayPassiveForms.has(words[0])
    return (
      !hearsayPassive &&
      !lexicon.placedSayings.impersonal.some((phrase) => words.length === phrase.length && phrase.every((word) => words.includes(word)))
    )
  })
}

/** How many sentences of reported speech may stand between a source and the "hieß es" that goes on with it. */
const SPEECH_REACH = 3

/**
 * The sentence whose source a "hieß es" in `sentence` goes on with: the one before, or past a run
 * of sentences in Konjunktiv I with no source of their own ("Wie die Organisation mitteilte, wurde
 * … getroffen. Er sei … eingetroffen. Die Drohne stamme …, hieß es."): reported speech carries the
 * speaker named before it.
 */
function speakerBefore(article: Article, sentence: number, mentionedIn: Set<number>): number {
  let before = sentence - 1
  while (
    before > 0 &&
    sentence - before <= SPEECH_REACH &&
    !mentionedIn.has(before) &&
    article.blocks[article.sentences[before].block].lang === 'de' &&
    hasKonjunktivI(article.sentences[before].tokens)
  )
    before--
  return before
}

/** How many sentences back a survey still speaks for its respondents: its figures run over a few sentences. */
const SURVEY_REACH = 5

function isRespondents(words: string[], lexicon: SourceLexicon): boolean {
  return lexicon.respondents.heads.has(words.at(-1) ?? '')
}

/** A survey named or reported in the sentence or shortly before ("Die Befragung der AKNÖ ging an …"). */
function surveyInReach(article: Article, sentence: number, lexicon: SourceLexicon): boolean {
  for (let index = sentence; index >= 0 && index >= sentence - SURVEY_REACH; index--) if (namesSurvey(article, index, lexicon)) return true
  return false
}

// Whether each sentence names a survey, read once per sentence (and language): a paragraph of respondents asks for every one.
const surveySentences = new WeakMap<Article, WeakMap<SourceLexicon, Map<number, boolean>>>()

function namesSurvey(article: Article, sentence: number, lexicon: SourceLexicon): boolean {
  let byLexicon = surveySentences.get(article)
  if (!byLexicon) surveySentences.set(article, (byLexicon = new WeakMap()))
  let known = byLexicon.get(lexicon)
  if (!known) byLexicon.set(lexicon, (known = new Map()))
  let names = known.get(sentence)
  if (names === undefined) {
    const text = article.sentences[sentence].text.toLowerCase()
    names = lexicon.respondents.surveys.some((survey) => text.includes(survey))
    known.set(sentence, names)
  }
  return names
}
