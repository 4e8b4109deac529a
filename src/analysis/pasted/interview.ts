import type { Article } from '../../engine/model.js'
import type { Verdict } from './extent.js'
import type { PastedLexicon } from './lexicon.js'
import { type BlockView, boldFirstLine, endsAsQuestion, viewSentence } from './signals.js'
import { addressesOrCalls, callsToAction, speaksAsOutlet } from './voice-signals.js'

// An interview set as bold questions over plain paragraphs ("**Wie gewinnen Sie neue Leser?**",
// then the answer), or with each bold question on the line above its answer in one paragraph: in
// the answers "wir" and "unser" are the interviewee's ("Unsere App soll alles bieten", "Wir bieten
// neuen Kunden an, … im ersten Monat …"), not the outlet's.

/** Bold questions an article needs to read as an interview. */
const MIN_QUESTIONS = 3

/**
 * The answers of such an interview that speak in the first person plural, or call in the singular
 * ("Folgen Sie mir auf Instagram"): the plain paragraphs after a bold one, and the paragraphs
 * under a bold question line. Under the last bold paragraph,
 * and under a question line, only those that open as an answer, not speaking to the reader,
 * calling or standing as a label, so that a newsletter box under a bold hook ("**Sie wollen nichts
 * verpassen?** Abonnieren Sie jetzt unseren …") stays pasted, and the interviewee's invitation
 * ("Dass sie es ausprobieren … Laden Sie die App herunter, …") stays theirs.
 */
export function interviewAnswers(
  article: Article,
  views: ReadonlyArray<BlockView | undefined>,
  lexicon: PastedLexicon
): ReadonlySet<number> {
  const answers = new Set<number>()
  const isAsked = (index: number) => {
    const block = article.blocks[index]
    return block.bold === true && block.kind === 'paragraph' && views[index] !== undefined
  }
  const questionLines = questionLinesAbove(article, views)
  const questions = article.blocks.filter((block) => isAsked(block.index) && endsAsQuestion(views[block.index]!.text))
  if (questions.length + questionLines.size < MIN_QUESTIONS) return answers
  const inWeVoice = (index: number) => views[index] !== undefined && speaksAsOutlet(views[index]!)
  const callsAsSpeaker = (index: number) => views[index] !== undefined && callsInFirstPerson(views[index]!, lexicon)
  let answer: number[] | undefined
  for (const block of article.blocks) {
    if (isAsked(block.index)) {
      for (const index of answer ?? []) if (inWeVoice(index) || callsAsSpeaker(index)) answers.add(index)
      answer = []
    } else if (answer && block.structure === 'paragraph') answer.push(block.index)
    else answer = undefined
  }
  for (const index of answer ?? [])
    if ((inWeVoice(index) && opensAsAnswer(article, views[index]!, lexicon)) || callsAsSpeaker(index)) answers.add(index)
  for (const [index, lineEnd] of questionLines)
    if (speaksAsInterviewee(article, views[index]!, lexicon, lineEnd) && opensAsAnswer(article, views[index]!, lexicon, lineEnd))
      answers.add(index)
  return answers
}

/** Every call of the block in the first person singular ("Folgen Sie mir auf Instagram"): the speaker's, not the outlet's. */
function callsInFirstPerson(view: BlockView, lexicon: PastedLexicon): boolean {
  const calls = callsToAction(view, lexicon)
  return (
    calls.length > 0 &&
    calls.every((sentence) => sentence.tokens.some((token) => token.kind === 'word' && lexicon.ctaFirstPerson.has(token.lower)))
  )
}

/**
 * Under a question line the "we" must be the answer's own, in a sentence that neither speaks to
 * the reader nor calls: a hook over a box has the same shape ("**Lesen Sie noch Zeitung?**⏎Jeden
 * Morgen beim Frühstück. Mit unserem Newsletter erhalten Sie …").
 */
function speaksAsInterviewee(article: Article, view: BlockView, lexicon: PastedLexicon, from: number): boolean {
  return view.sentences.some((sentence) => {
    if (sentence.start < from) return false
    const own = viewSentence(article, view.block, sentence)
    return speaksAsOutlet(own) && !addressesOrCalls(own, lexicon)
  })
}

/** The paragraphs that open with a bold question on a line of its own, with where that line ends. */
function questionLinesAbove(article: Article, views: ReadonlyArray<BlockView | undefined>): Map<number, number> {
  const lines = new Map<number, number>()
  for (const block of article.blocks) {
    if (block.structure !== 'paragraph' || block.bold === true || !views[block.index]) continue
    const line = boldFirstLine(article, block)
    if (line && endsAsQuestion(line.text)) lines.set(block.index, line.end)
  }
  return lines
}

/**
 * An answer opens plain from `from` on (the block's start, or the end of its question line); a
 * bold line opening the paragraph is a hook glued above its box ("**Nichts mehr verpassen?**⏎Mit unserem …").
 */
function opensAsAnswer(article: Article, view: BlockView, lexicon: PastedLexicon, from = view.block.start): boolean {
  const { block } = view
  if (/^(?:\*\*|__)/.test(article.text.slice(from, from + 2))) return false
  const opening = view.sentences.find((sentence) => sentence.start >= from)
  return opening !== undefined && !addressesOrCalls(viewSentence(article, block, opening), lexicon)
}

/**
 * A verdict as it stands in an interview's answer: boilerplate found by the outlet's voice or by
 * promoting words is the interviewee speaking; a label it opens with and a copyright notice stay.
 */
export function inAnswer(verdict: Verdict | undefined): Verdict | undefined {
  return verdict?.kind === 'boilerplate' && verdict.signal.key !== 'opensWith' && verdict.signal.key !== 'copyright' ? undefined : verdict
}
