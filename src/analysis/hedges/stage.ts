import { append } from '../../engine/arrays.js'
import { PROSE_KINDS, type Article, type Block, type HedgeCue, type Sentence, type Token } from '../../engine/model.js'
import { type AnalyzeOptions, type Stage, inSentence } from '../../engine/stage.js'
import { perVocabularyAndLanguage, vocabularyWords } from '../../engine/vocabulary.js'
import { anyIn, bare, clauseAround, isLowerCase, isQuestion, isWord, wordBefore, wordUnits } from '../clauses.js'
import { hedgeLexicon, type HedgeKind, type HedgeLexicon } from './lexicon.js'
import { extraPhrases, indexPhrases, matchPhrases, type HedgePhrases } from './phrases.js'
import {
  concedes,
  hearsayHeisst,
  isEpistemicWohl,
  isPassiveCue,
  isSpeculative,
  isTouted,
  opensWithSpeaker,
  seems,
  SPECULATIVE_LEMMAS,
  standsInForKonjunktivI,
  type SentenceFacts
} from './readings.js'
import { hasKonjunktivI } from '../german-verbs.js'
import { isReportativeSoll, isReportativeWill } from './modal.js'
import { mentionsBySentence } from '../sources/index.js'

// Finds every hedge cue in the article's prose: fixed words ("angeblich", "offenbar"), phrases
// ("Berichten zufolge", "is said to") and the cues that need their context read: reportative
// `soll`/`will`, speculative `könnte`/`dürfte`, `wohl`, `scheinen`, `es heißt`. Hedges inside direct
// quotes are found too and flagged `quoted`; the rule decides what to hold against the writer.

export const hedgesStage: Stage = { id: 'hedges', reads: ['blockKinds', 'sources'], writes: ['hedges'], run: findHedges }

function findHedges(article: Article, options: AnalyzeOptions): void {
  const { vocabulary } = options
  const cues: HedgeCue[] = []
  const sources = mentionsBySentence(article.annotations.sources ?? [])
  for (const block of proseBlocks(article)) {
    const lex = hedgeLexicon(block.lang)
    const { phrases, ignore } = newsroomHedgeWords(block.lang, vocabulary)
    const headline = block.kind === 'title' || block.kind === 'lead' || block.kind === 'heading'
    for (const index of block.sentences) {
      const sentence = article.sentences[index]
      const mentions = sources.get(index) ?? []
      const namedBefore = (sources.get(index - 1) ?? []).some((mention) => mention.kind === 'named')
      // What the cues depend on besides the sentence: its block's language and kind, its sources, the sentence before.
      const context = () =>
        [
          block.lang,
          headline,
          namedBefore,
          ...mentions.map((mention) => `${mention.kind}:${mention.start - sentence.start}-${mention.end - sentence.start}:${mention.name}`)
        ].join('|')
      const found = inSentence(options, hedgesStage.id, sentence, context, () => {
        let speaksKonjunktivI: boolean | undefined
        const konjunktivI = () => (speaksKonjunktivI ??= block.lang === 'de' && hasKonjunktivI(sentence.tokens))
        return sentenceHedges(sentence, lex, { headline, konjunktivI, sources: mentions, namedBefore }, phrases)
      })
      append(
        cues,
        found.filter((cue) => !ignore.has(cue.lemma.toLowerCase()) && !ignore.has(cue.cue.toLowerCase()))
      )
    }
  }
  article.annotations.hedges = cues
}

function proseBlocks(article: Article): Block[] {
  return article.blocks.filter((block) => PROSE_KINDS.has(block.kind))
}

function sentenceHedges(sentence: Sentence, lex: HedgeLexicon, facts: SentenceFacts, phrases: HedgePhrases): HedgeCue[] {
  const units = wordUnits(sentence.tokens)
  const cues: HedgeCue[] = []
  const add = (from: number, to: number, kind: HedgeKind, lemma: string) => {
    cues.push({
      start: units[from].start,
      end: units[to].end,
      cue: units
        .slice(from, to + 1)
        .map((unit) => unit.value)
        .join(' ')
        .replace(/ ([:,])/g, '$1'),
      lemma,
      kind,
      sentence: sentence.index,
      quoted: units[from].quoted,
      presumption: lex.presumption.has(lemma)
    })
  }
  matchPhrases(units, phrases, (from, to, phrase) => add(from, to, phrase.kind, phrase.lemma))
  const speakerTag = opensWithSpeaker(units, facts.sources)
  for (let i = 0; i < units.length; i++) {
    if (!isWord(units[i])) continue
    const word = bare(units[i])
    if (!lex.cueWords.has(word)) continue
    // The readings below scan the sentence around the cue; see CONTEXT.
    const from = units.length > 2 * CONTEXT + 1 ? Math.max(0, i - CONTEXT) : 0
    // Built only for a word some reading is about: most words are none, and a slice per word of a long sentence is garbage.
    let window: Token[] | undefined
    const around = () => (window ??= from === 0 && units.length <= 2 * CONTEXT + 1 ? units : units.slice(from, i + CONTEXT + 1))
    const at = i - from
    const entry = lex.words.get(word)
    if (entry) {
      const previous = wordBefore(units, i)?.lower
      const ruledOut =
        (previous !== undefined && entry.notAfter.has(previous)) || (lex.notInQuestions.has(entry.lemma) && isQuestion(around(), at))
      if (!ruledOut && !concedes(around(), at, lex)) add(i, i, entry.kind, entry.lemma)
      continue
    }
    if (lex.modal?.soll.has(word) && isReportativeSoll(around(), at, lex.modal)) add(i, i, 'reportative', 'sollen')
    else if (lex.modal?.will.has(word) && isReportativeWill(around(), at, lex.modal)) add(i, i, 'reportative', 'wollen')
    else if (
      lex.speculative?.forms.has(word) &&
      !speakerTag &&
      !standsInForKonjunktivI(around(), at, lex, facts) &&
      isSpeculative(around(), at, lex)
    )
      add(i, i, 'epistemic', SPECULATIVE_LEMMAS[word] ?? word)
    else if (word === 'wohl' && lex.wohl && isEpistemicWohl(around(), at, lex.wohl) && !concedes(around(), at, lex))
      add(i, i, 'epistemic', 'wohl')
    else if (lex.mag?.forms.has(word) && anyIn(around(), at + 1, clauseAround(around(), at)[1], lex.mag.infinitives))
      add(i, i, 'epistemic', 'mögen')
    else if (lex.inference?.verbs.has(word) && anyIn(around(), 0, around().length, lex.inference.lassen))
      add(i, i, 'epistemic', 'vermuten lassen')
    else if (lex.participles.some((cue) => cue.participle === word && isPassiveCue(around(), at, cue))) add(i, i, 'reportative', word)
    else if (lex.reputed?.words.has(word) && isTouted(around(), at, lex.reputed)) add(i, i, 'reportative', word)
    else if (
      lex.scheinen?.forms.has(word) &&
      isLowerCase(units[i], around()) &&
      seems(around(), at, lex.scheinen) &&
      !concedes(around(), at, lex)
    )
      add(i, i, 'epistemic', 'scheinen')
    else if (lex.esHeisst?.verbs.has(word)) {
      const span = hearsayHeisst(around(), at, lex.esHeisst, facts)
      if (span) add(span[0] + from, span[1] + from, 'reportative', 'es heißt')
    } else if (i === 0 && facts.headline && lex.headlinePrefixes.has(word) && units[1]?.value === ':') add(0, 1, 'reportative', `${word}:`)
  }
  return withoutOverlaps(cues)
}

/**
 * How many units either side of a cue its reading may look at. Real sentences are far shorter;
 * a pasted run without full stops (tens of thousands of words) must not make the scans quadratic.
 */
const CONTEXT = 150

/** Where two cues overlap ("laut Medienberichten" inside a longer phrase), keep the longer one. */
function withoutOverlaps(cues: HedgeCue[]): HedgeCue[] {
  const sorted = [...cues].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: HedgeCue[] = []
  for (const cue of sorted) {
    const previous = kept[kept.length - 1]
    if (previous && cue.start < previous.end) continue
    kept.push(cue)
  }
  return kept
}

/** The lexicon's and the newsroom's phrases and ignored cues of each language. */
const newsroomHedgeWords = perVocabularyAndLanguage((vocabulary, lang): { phrases: HedgePhrases; ignore: Set<string> } => ({
  phrases: indexPhrases([...hedgeLexicon(lang).phrases, ...extraPhrases(vocabulary, lang)]),
  ignore: new Set(vocabularyWords(vocabulary, lang, 'ignoredCues').map((cue) => cue.toLowerCase()))
}))
