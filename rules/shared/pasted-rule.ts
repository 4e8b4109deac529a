import { removeBlock, removePart } from './block-edits.js'
import type { Article, Block, PastedBlock, PastedSignal } from '../../src/engine/model.js'
import { clip, type Message } from '../../src/lint/messages.js'
import { type Edit, type Rule, type RuleMeta, defineRule } from '../../src/lint/rule.js'

// What the rules teaser, boilerplate and embed share: the blocks block classification gave their
// kind (the credit stage may have taken one back as the credit line) and the posts it found
// pasted inside paragraphs, with the edits that fix them.

export interface PastedFinding {
  start: number
  end: number
  /** What gave it away, in the catalogue's words. */
  signal: Message
  post?: PastedBlock['post']
  fix: Edit[]
}

/**
 * A rule that reports one kind of pasted material as block classification found it, as an error
 * with its fix, in both languages; the rule gives what it is and how each finding is worded.
 */
export function definePastedRule(
  kind: PastedBlock['kind'],
  meta: Pick<RuleMeta, 'summary' | 'standard'>,
  message: (finding: PastedFinding) => Message
): Rule<Record<string, never>> {
  return defineRule({
    meta: { id: kind, ...meta, severity: 'error', fixable: true, languages: ['de', 'en'], defaults: {}, schema: {} },
    check(article, context) {
      for (const finding of pastedFindings(article, kind)) {
        context.report({ start: finding.start, end: finding.end, message: message(finding), fix: finding.fix })
      }
    }
  })
}

function pastedFindings(article: Article, kind: PastedBlock['kind']): PastedFinding[] {
  return (article.annotations.pasted ?? [])
    .filter((entry) => entry.kind === kind && (entry.span !== undefined || article.blocks[entry.block].kind === kind))
    .map((entry) => {
      const { start, end } = entry.span ?? article.blocks[entry.block]
      return {
        start,
        end,
        signal: signalMessage(entry.signal),
        ...(entry.post ? { post: entry.post } : {}),
        fix: [fixOf(article, entry, start, end)]
      }
    })
}

/**
 * Take the block out (an embed whose post has a link leaves that link in its place); a part of a
 * block goes with the whitespace it leaves, and a part that turns out to be all of the block's
 * text takes the block with it.
 */
function fixOf(article: Article, entry: PastedBlock, start: number, end: number): Edit {
  if (entry.post?.holdsLink) return { start, end, text: `<${entry.post.link}>` }
  const block = article.blocks[entry.block]
  if (!entry.span || coversText(article, block, entry.span)) return removeBlock(article.text, block.start, block.end)
  return removePart(article.text, start, end, block)
}

function coversText(article: Article, block: Block, span: { start: number; end: number }): boolean {
  const first = article.sentences[block.sentences[0]]
  const last = article.sentences[block.sentences[block.sentences.length - 1]]
  // The editor's note beside the pasted text is no sentence, and stays ("Anzeige <!-- TODO … -->");
  // so does the label of a footnote the article refers to ("[^1]: ").
  const outside = article.text.slice(block.start, span.start) + article.text.slice(span.end, block.end)
  return first !== undefined && span.start <= first.start && last.end <= span.end && !/<!--|^\[\^[^\]\s]+\]:/.test(outside)
}

function signalMessage(signal: PastedSignal): Message {
  return { key: `signal.${signal.key}`, ...(signal.quoted === undefined ? {} : { data: { quoted: clip(signal.quoted, 40) } }) }
}
