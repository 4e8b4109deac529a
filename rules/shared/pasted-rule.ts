import { removeBlock, removePart } from './block-edits.js'
import { FOOTNOTE_LABEL } from '../../src/analysis/pasted/extent.js'
import { startOfLine } from '../../src/engine/line-breaks.js'
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
  fix?: Edit[]
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
        context.report({ start: finding.start, end: finding.end, message: message(finding), ...(finding.fix ? { fix: finding.fix } : {}) })
      }
    }
  })
}

function pastedFindings(article: Article, kind: PastedBlock['kind']): PastedFinding[] {
  return (article.annotations.pasted ?? [])
    .filter((entry) => entry.kind === kind && (entry.span !== undefined || article.blocks[entry.block].kind === kind))
    .map((entry) => {
      const { start, end } = entry.span ?? article.blocks[entry.block]
      const edit = fixOf(article, entry, start, end)
      return {
        start,
        end,
        signal: signalMessage(entry.signal),
        ...(entry.post ? { post: entry.post } : {}),
        ...(edit ? { fix: [edit] } : {})
      }
    })
}

/**
 * Take the block out (an embed whose post has a link leaves that link in its place); a part of a
 * block goes with the whitespace it leaves, and a part that turns out to be all of the block's
 * text takes the block with it. No fix where taking the block out would change the blocks around
 * it (two lists would become one, a paragraph indented under a list one of its items), or where
 * the pasted text's start in its block is unknown.
 */
function fixOf(article: Article, entry: PastedBlock, start: number, end: number): Edit | undefined {
  if (entry.startUnknown) return undefined
  if (entry.post?.holdsLink) return { start, end, text: `<${entry.post.link}>` }
  const block = article.blocks[entry.block]
  if (entry.span && !coversText(article, block, entry.span)) return removePart(article.text, start, end, block)
  return joinsNeighbours(article, block) ? undefined : removeBlock(article.text, block.start, block.end)
}

/** A list before the block, and after it a list with the same markers or a line indented as a list item's. */
function joinsNeighbours(article: Article, block: Block): boolean {
  const before = article.blocks[block.index - 1]
  const after = article.blocks[block.index + 1]
  if (before?.structure !== 'list' || after === undefined) return false
  if (/^[ \t]/.test(article.text.slice(startOfLine(article.text, after.start), after.start + 1))) return true
  return after.structure === 'list' && listMarker(article, before) === listMarker(article, after)
}

/** "-", "*" or "+" for a bullet list, "." or ")" for a numbered one: lists join only with the same. */
function listMarker(article: Article, list: Block): string | undefined {
  return /^[ \t>]*(?:([-*+])|\d{1,9}([.)]))/
    .exec(article.text.slice(list.start, list.start + 16))
    ?.slice(1)
    .find(Boolean)
}

function coversText(article: Article, block: Block, span: { start: number; end: number }): boolean {
  const first = article.sentences[block.sentences[0]]
  const last = article.sentences[block.sentences[block.sentences.length - 1]]
  // The editor's note beside the pasted text is no sentence, and stays ("Anzeige <!-- TODO … -->");
  // so does the label of a footnote the article refers to ("[^1]: ").
  const outside = article.text.slice(block.start, span.start) + article.text.slice(span.end, block.end)
  return (
    first !== undefined && span.start <= first.start && last.end <= span.end && !outside.includes('<!--') && !FOOTNOTE_LABEL.test(outside)
  )
}

function signalMessage(signal: PastedSignal): Message {
  return { key: `signal.${signal.key}`, ...(signal.quoted === undefined ? {} : { data: { quoted: clip(signal.quoted, 40) } }) }
}
