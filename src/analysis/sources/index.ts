import { addTo, append } from '../../engine/arrays.js'
import { PROSE_KINDS, type Article, type SourceMention } from '../../engine/model.js'
import { type AnalyzeOptions, type Stage, inSentence } from '../../engine/stage.js'
import { applyAcceptedSources, newsroomAcceptedSources } from './accepted.js'
import { newsroomSourceLexicon } from './lexicon.js'
import { withoutCarriedMentions } from './carried.js'
import { findSources } from './find.js'

// Finds who is cited in each sentence of the article's prose: the subject of a verb of saying
// ("sagte Katzian", "teilte die Polizei mit", "Officials said"), the noun phrase after a source
// preposition ("laut X", "nach Angaben der X", "according to X") or before a postposition
// ("der Polizei zufolge"), clausal sources ("wie X berichtet", "wie aus einem Bericht der X
// hervorgeht", "…, so X"), a speaker before a colon and a quote, and fixed vague phrases ("es
// heißt", "wie zu hören war"). Each mention is named or vague: vague when its head is an
// unidentifiable group ("Experten", "Beamte", "Berichten") with no institution or name beside it.
// Words come from `lexicons/<lang>/sources.yaml`; verb forms from the morphology lexicon. The steps
// of the finder live beside this file, one module for each kind of source they find (`find.ts`).

export { isAttributionLine } from './attribution-line.js'
export { contentTokens } from './words.js'

export const sourcesStage: Stage = { id: 'sources', reads: ['blockKinds'], writes: ['sources'], run: findArticleSources }

function findArticleSources(article: Article, options: AnalyzeOptions): void {
  const { vocabulary } = options
  const mentions: SourceMention[] = []
  for (const block of article.blocks) {
    if (!PROSE_KINDS.has(block.kind)) continue
    const lexicon = newsroomSourceLexicon(block.lang, vocabulary)
    const accepted = newsroomAcceptedSources(block.lang, vocabulary)
    for (const index of block.sentences) {
      const sentence = article.sentences[index]
      // The lexicon and accepted names come from the block's language and the vocabulary (which the memo keys on).
      append(
        mentions,
        inSentence(options, sourcesStage.id, sentence, block.lang, () =>
          applyAcceptedSources(sentence, findSources(sentence, lexicon), accepted)
        )
      )
    }
  }
  article.annotations.sources = withoutCarriedMentions(mentions, article)
}

/** The source mentions of each sentence, by sentence index. */
export function mentionsBySentence(mentions: SourceMention[]): Map<number, SourceMention[]> {
  const map = new Map<number, SourceMention[]>()
  for (const mention of mentions) addTo(map, mention.sentence, mention)
  return map
}
