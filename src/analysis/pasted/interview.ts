import type { Article } from '../../engine/model.js'
import type { Verdict } from './extent.js'
import type { PastedLexicon } from './lexicon.js'
import { type BlockView, addressesOrCalls, endsAsQuestion, speaksAsOutlet, viewSentence } from './signals.js'

// An interview set as bold questions over plain paragraphs ("**Wie gewinnen Sie neue Leser?**",
// then the answer): in the answers "wir" and "unser" are the interviewee's ("Unsere App soll alles
// bieten", "Wir bieten neuen Kunden an, … im ersten Monat …"), not the outlet's.

/** Bold questions an article needs to read as an interview. */
const MIN_QUESTIONS = 3

/**
 * The answers of such an interview that speak in the first person plural: the plain paragraphs
 * after a bold one. After the last bold one only those that open as an answer, not speaking to the
 * reader, calling or standing as a label, so that a newsletter box under a closing bold hook
 * ("**Sie wollen nichts verpassen?** Abonnieren Sie jetzt unseren …") stays pasted, and the
 * interviewee's closing invitation ("Dass sie es ausprobieren … Laden Sie die App herunter, …") stays theirs.
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
  const questions = article.blocks.filter((block) => isAsked(block.index) && endsAsQuestion(views[block.index]!.text))
  if (questions.length < MIN_QUESTIONS) return answers
  const inWeVoice = (index: number) => views[index] !== undefined && speaksAsOutlet(views[index]!)
  let answer: number[] | undefined
  for (const block of article.blocks) {
    if (isAsked(block.index)) {
      for (const index of answer ?? []) if (inWeVoice(index)) answers.add(index)
      answer = []
    } else if (answer && block.structure === 'paragraph') answer.push(block.index)
    else answer = undefined
  }
  for (const index of answer ?? []) if (inWeVoice(index) && opensAsAnswer(article, views[index]!, lexicon)) answers.add(index)
  return answers
}

/** An answer opens plain; a bold line opening the paragraph is a hook glued above its box ("**Nichts mehr verpassen?**⏎Mit unserem …"). */
function opensAsAnswer(article: Article, view: BlockView, lexicon: PastedLexicon): boolean {
  const { block } = view
  if (/^(?:\*\*|__)/.test(article.text.slice(block.start, block.start + 2))) return false
  return !addressesOrCalls(viewSentence(article, block, view.sentences[0]), lexicon)
}

/**
 * A verdict as it stands in an interview's answer: boilerplate found by the outlet's voice or by
 * promoting words is the interviewee speaking; a label it opens with and a copyright notice stay.
 */
export function inAnswer(verdict: Verdict | undefined): Verdict | undefined {
  return verdict?.kind === 'boilerplate' && verdict.signal.key !== 'opensWith' && verdict.signal.key !== 'copyright' ? undefined : verdict
}
