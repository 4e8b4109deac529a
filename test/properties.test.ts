import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RULES } from '../rules/index.js'
import type { Config, RuleSetting } from '../src/config/config.js'
import { applyFixes, fixSource } from '../src/lint/fix.js'
import { ENGINE_RULES, type Finding, type Position, lintSource } from '../src/lint/lint.js'
import type { Edit } from '../src/lint/rule.js'
import { article, multiLineQuote, propertyParameters, proseParagraph } from './helpers/arbitrary-article.js'
import {
  checkLimits,
  LimitError,
  MAX_BRACKET_NESTING,
  MAX_FILE_BYTES,
  MAX_FOOTNOTES,
  MAX_DEFINITIONS,
  MAX_LINES,
  MAX_CONTAINER_LINES,
  MAX_NESTING,
  MAX_PARAGRAPH_CHARS,
  MAX_PIECE_CHARS,
  MAX_PIECE_LINES,
  MAX_TABLE_CELLS
} from '../src/engine/limits.js'
import { SHAPES } from '../scripts/shapes.js'
import { lexicon } from '../src/engine/lexicon.js'
import { analyze } from '../src/engine/analyze.js'
import { startOfLine } from '../src/engine/line-breaks.js'

// Properties over generated articles: whatever a newsroom feeds it, newslint does not crash,
// points inside the file, answers the same way every time, and its fixes touch nothing but what
// they reported.

/** Every registered rule on, with its default options: generated input should reach them all. */
function everyRule(lang?: 'de' | 'en'): Config {
  const rules = new Map<string, RuleSetting>(RULES.map((rule) => [rule.meta.id, { severity: 'error', options: { ...rule.meta.defaults } }]))
  return { rules, ignore: [], files: [], ...(lang ? { lang } : {}) }
}

const CONFIGS = [everyRule(), everyRule('de'), everyRule('en')]
const config = fc.constantFrom(...CONFIGS)
// A hundred articles per property take tens of seconds on a shared machine.
const LIMIT = 300_000

describe('generated articles', () => {
  it(
    'linting never throws, no rule fails, and findings lie inside the document, sorted, identical on every run and moved exactly by a byte order mark',
    () => {
      fc.assert(
        fc.property(article, config, (text, settings) => {
          const findings = lintSource('a.md', text, settings).findings
          expect(findings.filter((finding) => finding.ruleId === ENGINE_RULES.internal)).toEqual([])
          // Inside the document, on character boundaries, line and column agreeing with the offsets.
          const lines = lineStarts(text)
          for (const finding of findings) {
            for (const position of [finding, ...(finding.related ?? [])]) expectPosition(text, lines, position, finding)
            for (const edit of finding.fix ?? []) {
              expect(
                0 <= edit.start && edit.start <= edit.end && edit.end <= text.length,
                `${finding.ruleId} fix ${edit.start}-${edit.end}`
              ).toBe(true)
              expect(splitsCharacter(text, edit.start) || splitsCharacter(text, edit.end), `${finding.ruleId} fix splits a character`).toBe(
                false
              )
            }
          }
          for (let i = 1; i < findings.length; i++)
            expect(compare(findings[i - 1], findings[i]), `finding ${i} out of order`).toBeLessThanOrEqual(0)
          if (text.startsWith('\uFEFF')) {
            expect(lintSource('a.md', text, settings).findings).toEqual(findings)
          } else {
            // The same article with a byte order mark: every finding and fix moves by exactly one.
            const withMark = lintSource('a.md', `\uFEFF${text}`, settings).findings
            expect(withMark.map((finding) => offsets(finding, -1))).toEqual(findings.map((finding) => offsets(finding, 0)))
          }
        }),
        propertyParameters()
      )
    },
    LIMIT
  )

  it('the visible text the rules read lines up with the file: as long as its text, only markup blanked', () => {
    fc.assert(
      fc.property(
        fc.tuple(article, multiLineQuote, multiLineQuote).map(([text, ...quotes]) => [text, ...quotes].join('\n\n')),
        (text) => {
          let analysed
          try {
            analysed = analyze('a.md', text)
          } catch (error) {
            if (error instanceof LimitError) return
            throw error
          }
          expect(analysed.plain.length).toBe(analysed.text.length)
          // Blanking turns markup into spaces and keeps every line break where it was.
          for (let at = 0; at < analysed.text.length; at++) {
            const [written, visible] = [analysed.text[at], analysed.plain[at]]
            if (visible !== written) expect(visible === ' ' && written !== '\n' && written !== '\r', `offset ${at}`).toBe(true)
          }
        }
      ),
      propertyParameters()
    )
  })

  it(
    '--fix changes only the ranges it reported, pass by pass, and fixing the fixed text changes nothing',
    () => {
      fc.assert(
        fc.property(article, config, (text, settings) => {
          // Replay the passes of fixSource: each one may change only what that pass's findings reported.
          let current = text
          for (let pass = 0; pass < 10; pass++) {
            const findings = lintSource('a.md', current, settings).findings
            const { output, applied } = applyFixes(current, findings)
            if (applied === 0 || output === current) break
            expectOnlyEditedRanges(
              current,
              output,
              findings.flatMap((finding) => finding.fix ?? [])
            )
            current = output
          }
          const fixed = fixSource('a.md', text, settings).output
          expect(fixed).toBe(current)
          expect(fixSource('a.md', fixed, settings).output).toBe(fixed)
        }),
        propertyParameters()
      )
    },
    LIMIT
  )
})

describe('input no article has: generated shapes of any size', () => {
  // Small sizes here; `npm run bench` runs each shape at the size that once crashed or stalled newslint.
  it(
    'each shape is linted without an internal error, or refused with one line that says what is too large or too deep',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...SHAPES), fc.integer({ min: 1, max: 3000 }), (shape, n) => {
          const text = shape.make(n)
          let refusal: string | undefined
          try {
            const findings = lintSource('a.md', text, CONFIGS[0]).findings
            expect(findings.filter((finding) => finding.ruleId === ENGINE_RULES.internal)).toEqual([])
          } catch (error) {
            expect(error, `${shape.name} at ${n}: ${(error as Error).message}`).toBeInstanceOf(LimitError)
            refusal = (error as Error).message
          }
          if (refusal !== undefined)
            expect(refusal).toMatch(
              /^Unexpected [^\n]*(deep|MB|footnote|link definitions|emphasis|closing brackets|backticks|HTML comments|web address|underlined|table cells|without a blank line|block quote or list)[^\n]*, expected [^\n]+$/
            )
        }),
        { ...propertyParameters(), numRuns: 25 }
      )
    },
    LIMIT
  )

  const refusal = (text: string) => {
    try {
      lintSource('a.md', text, CONFIGS[0])
    } catch (error) {
      if (error instanceof LimitError) return error.message
      throw error
    }
    return undefined
  }

  it('refuses what is too deep or too large, and says what and where', () => {
    expect(refusal('Einleitung.\n\n' + '> '.repeat(MAX_NESTING + 1) + 'Text.\n')).toBe(
      `Unexpected block quotes or lists nested ${MAX_NESTING + 1} deep at line 3, expected at most ${MAX_NESTING}`
    )
    expect(refusal('> '.repeat(MAX_NESTING) + 'Text.\n')).toBeUndefined()
    // With old Mac line endings (a lone CR) as well: the limits read lines as the parser does.
    expect(refusal('Einleitung.\r\r' + '> '.repeat(MAX_NESTING + 1) + 'Text.\r')).toBe(
      `Unexpected block quotes or lists nested ${MAX_NESTING + 1} deep at line 3, expected at most ${MAX_NESTING}`
    )
    expect(refusal(SHAPES[2].make(MAX_NESTING + 1))).toBe(
      `Unexpected block quotes or lists nested ${MAX_NESTING + 1} deep at line ${MAX_NESTING + 1}, expected at most ${MAX_NESTING}`
    )
    // A thematic break of spaced dashes is not a list, however long.
    expect(refusal('Text.\n\n' + '- '.repeat(60) + '\n\nMehr Text.\n')).toBeUndefined()
    expect(refusal('"*'.repeat(20_000))).toBe(
      'Unexpected 20000 emphasis markers (*, _, ~) in the paragraph at line 1, expected far fewer: pairing them would take the markdown parser minutes'
    )
    // Markers among escapes, which give the parser three events a character to walk back over: 5,400 took 24 s.
    expect(refusal(('a* ' + '\\!'.repeat(21)).repeat(5400) + '\n')).toBe(
      'Unexpected 5400 emphasis markers (*, _, ~) in the paragraph at line 1, expected far fewer: pairing them would take the markdown parser minutes'
    )
    expect(refusal('Preis: 5 \\* 3 &amp; *betont* mit \\_ Zeichen. '.repeat(500) + '\n')).toBeUndefined()
    // YAML frontmatter is no paragraph: "*a" there is an alias, which the parser takes whole; markers after it count from their line.
    const aliases = '---\na: &a x\n' + lines(20_000, (i) => `y${i}: *a`) + '---\n\n'
    expect(refusal(aliases + 'Text.\n')).toBeUndefined()
    expect(refusal(aliases + '"*'.repeat(20_000))).toBe(
      'Unexpected 20000 emphasis markers (*, _, ~) in the paragraph at line 20005, expected far fewer: pairing them would take the markdown parser minutes'
    )
    // Brackets that close no link: refused where the parser would take seconds; a paragraph of 500 links is linted.
    expect(refusal('Einleitung.\n\n' + '[a]('.repeat(20_000))).toBe(
      'Unexpected 20000 closing brackets (]) in the paragraph at line 3, expected far fewer: matching them to links would take the markdown parser time that grows with their square'
    )
    expect(refusal('[Bericht](https://example.com/a) und '.repeat(500) + '\n')).toBeUndefined()
    // Images and links nested inside each other: 4,000 deep in 24 KB took 38 s; an article's image inside a link, 200 times, is linted.
    expect(refusal('Einleitung.\n\n' + '!['.repeat(4000) + 'a' + '](x)'.repeat(4000) + '\n')).toBe(
      `Unexpected brackets ([) nested 4000 deep in the paragraph at line 3, expected at most ${MAX_BRACKET_NESTING}: the markdown parser's work on nested links and images grows faster than their square`
    )
    expect(refusal('[![Bild](a.jpg)](https://example.com/b) und \\[Anmerkung] '.repeat(200) + '\n')).toBeUndefined()
    // Backtick runs of many lengths: each reads on to the paragraph's end; forty paragraphs of them took 80 s. Code spans an article has are linted.
    const runs = Array.from({ length: 600 }, (_, i) => '`'.repeat(i + 1)).join(' ')
    expect(refusal('Einleitung.\n\n' + runs + '\n')).toBe(
      'Unexpected 600 runs of backticks (`) of different lengths in the paragraph at line 3, expected far fewer: matching them to code spans would take the markdown parser time that grows with their square'
    )
    expect(
      refusal(('Kleinere Pakete (\\`npm i\\`) und ``a ` b`` sowie ein einzelnes ` hier. '.repeat(400) + '\n\n').repeat(40))
    ).toBeUndefined()
    // HTML comments, declarations and processing instructions that never close: each reads on to the paragraph's end (40,000 took 68 s).
    expect(refusal('Einleitung.\n\n' + '<!-- <? <!DOCTYPE '.repeat(4000) + '\n')).toBe(
      "Unexpected 12000 unclosed HTML comments, declarations or processing instructions (<!--, <!, <?) in the paragraph at line 3, expected far fewer: the markdown parser reads on from each to the paragraph's end"
    )
    expect(
      refusal('Er sagte <!-- Zitat prüfen --> das. <!-- newslint-disable-next-line --> <?php ?> <!DOCTYPE html> '.repeat(2000) + '\n')
    ).toBeUndefined()
    // Web addresses found in running text: thousands of starts in one word, or a long run of punctuation in one, took seconds to minutes.
    expect(refusal('Einleitung.\n\nText ' + 'www.a_'.repeat(8000) + '\n')).toBe(
      "Unexpected web address of 48000 characters at line 3, expected far shorter: the markdown parser's work on it grows with the square of its length"
    )
    expect(refusal('Siehe https://example.org/a' + '.'.repeat(20_000) + 'x\n')).toMatch(
      /^Unexpected web address of 20022 characters at line 1/
    )
    expect(refusal('Siehe www.example.com/pfad?id=1&x=y... und https://example.org/a_b, dann mehr!!! '.repeat(3000) + '\n')).toBeUndefined()
    // Headings underlined with "=" or "-": thousands in one piece are refused, an article's dozens are linted.
    expect(refusal('Einleitung.\n\n' + lines(2000, (i) => `Titel ${i}\n---\n`))).toMatch(
      /^Unexpected \d+ headings underlined with "=" or "-" in \d+ KB from line 1, expected far fewer/
    )
    // Lines end at a lone CR too, as the parser reads them.
    expect(refusal(lines(2000, (i) => `Titel ${i}\n---\n`).replaceAll('\n', '\r'))).toMatch(/^Unexpected \d+ headings underlined/)
    expect(refusal(lines(100, (i) => `Titel ${i}\n===\n\nDer Minister sagte am Montag ${i}, das sei gut.\n`))).toBeUndefined()
    expect(refusal(SHAPES[8].make(MAX_FOOTNOTES))).toBe(
      `Unexpected more than ${MAX_FOOTNOTES} footnote references and definitions, expected at most ${MAX_FOOTNOTES}`
    )
    // Link definitions: 160,000 took 54 s, and 100,000 in a file parsed whole 1.5 GB; an article's references are linted.
    expect(refusal(lines(MAX_DEFINITIONS + 1, (i) => `[r${i}]: /${i}` + (i % 20 === 19 ? '\n' : '')))).toBe(
      `Unexpected more than ${MAX_DEFINITIONS} link definitions ("[label]: …"), expected at most ${MAX_DEFINITIONS}`
    )
    expect(refusal(lines(200, (i) => `Siehe [Quelle ${i}].\n\n[Quelle ${i}]: https://example.com/${i}\n`))).toBeUndefined()
    expect(refusal('Satz. '.repeat(Math.ceil(MAX_FILE_BYTES / 6) + 1000))).toBe('Unexpected file of 10.01 MB, expected at most 10 MB')
    // A generated table of 50,000 rows is refused before the parser builds it; an article's table is linted.
    expect(refusal(SHAPES[5].make(50_000))).toBe(
      `Unexpected more than ${MAX_TABLE_CELLS} table cells (rows times columns), expected at most ${MAX_TABLE_CELLS}`
    )
    expect(refusal(SHAPES[5].make(1000))).toBeUndefined()
    // Body rows need no "|": 29,000 such rows took 276 MB. A table of 2,000 towns in six columns is linted.
    expect(refusal('> Ort|\n> -|\n' + lines(1500, (i) => `> Zeile ${i}`) + '\n' + 'Ort|\n-|\n' + lines(14_000, (i) => `Zeile ${i}`))).toBe(
      `Unexpected more than ${MAX_TABLE_CELLS} table cells (rows times columns), expected at most ${MAX_TABLE_CELLS}`
    )
    expect(
      refusal(
        '| Ort | SPÖ | ÖVP | FPÖ | Grüne | NEOS |\n|:--|--:|--:|--:|--:|--:|\n' + lines(2000, (i) => `| Ort ${i} | 1 | 2 | 3 | 4 | 5 |`)
      )
    ).toBeUndefined()
    expect(refusal('Einleitung.\n\n' + lines(1500, (i) => ['- Punkt', '  - Unterpunkt', '    - Detail'][i % 3]))).toBe(
      `Unexpected block quote or list at line 3 of more than ${MAX_CONTAINER_LINES} lines (counted by how deep each is; quotes and lists with only blank lines between them count as one), expected at most ${MAX_CONTAINER_LINES}`
    )
    expect(refusal(lines(50, (i) => (i % 2 ? '  - Unterpunkt' : '- Punkt')) + '\nText.\n\n' + lines(50, () => '- Punkt'))).toBeUndefined()
    // Lines of text right after a quote's text go on inside it, without a ">" (100,000 such lines took over two minutes).
    expect(refusal('Einleitung.\n\n> Zitat\n' + lines(3000, () => 'fortgesetzt'))).toBe(
      `Unexpected block quote or list at line 3 of more than ${MAX_CONTAINER_LINES} lines (counted by how deep each is; quotes and lists with only blank lines between them count as one), expected at most ${MAX_CONTAINER_LINES}`
    )
    expect(refusal(lines(3000, (i) => ['> Ein Zitat über', 'zwei Zeilen.', '', 'Text danach.', ''][i % 5]))).toBeUndefined()
    // Quotes with only blank lines between them cost the parser as one quote does (8,000 took 54 s): the message says they count as one.
    expect(refusal('Einleitung.\n\n' + '> Zitat\n\n'.repeat(MAX_CONTAINER_LINES + 1))).toBe(
      `Unexpected block quote or list at line 3 of more than ${MAX_CONTAINER_LINES} lines (counted by how deep each is; quotes and lists with only blank lines between them count as one), expected at most ${MAX_CONTAINER_LINES}`
    )
    // A paragraph no article has (the longest in the corpus is 33,000 characters): the parser alone would hold 200 bytes per character.
    expect(refusal('Einleitung.\n\n' + SHAPES[3].make(30_000))).toBe(
      `Unexpected 293 KB of text without a blank line at line 3, expected at most ${MAX_PARAGRAPH_CHARS / 1024} KB`
    )
    expect(refusal(SHAPES[3].make(MAX_PARAGRAPH_CHARS / 10 - 1))).toBeUndefined()
    // Lines, blank ones too: the parser holds a kilobyte for each (3 MB of blank lines took 3.7 GB).
    expect(refusal('\n'.repeat(MAX_LINES) + 'Text.')).toBe(`Unexpected file of ${MAX_LINES + 1} lines, expected at most ${MAX_LINES}`)
    expect(refusal('Text.\r'.repeat(MAX_LINES + 1))).toBe(`Unexpected file of ${MAX_LINES + 1} lines, expected at most ${MAX_LINES}`)
  })

  it("counts work spread over the file as the file's, and holds a stretch the parser reads at once to its limit", () => {
    // A review: a file's lists of bold names were refused as one paragraph of 4,000 markers; the parser pairs within each item.
    const names = lines(1000, (i) => `- **Name ${i}** sagte etwas Wichtiges.`)
    expect(refusal(Array.from({ length: 6 }, (_, i) => `## Liste ${i}\n\n${names}`).join('\n'))).toBeUndefined()
    // Work spread over many paragraphs, none too much alone: the message counts the file's, not one paragraph's.
    expect(refusal(`${'[Er soll](https://x.de/a) '.repeat(100)}\n\n`.repeat(800))).toBe(
      "Unexpected 80000 closing brackets (]) in 800 paragraphs, expected far fewer: the markdown parser's work on them adds up over the file to far more than an article's"
    )
    // Many words each too short to refuse alone: the message names them all, not the costliest as if it were too long.
    expect(refusal(`Text.\n\n${`${'www.'.repeat(100)} `.repeat(10)}\n\n`.repeat(100))).toBe(
      "Unexpected 1000 words with web addresses, up to 400 characters long (at line 3), expected far fewer: the markdown parser's work on each grows with its length times the addresses starting in it"
    )
    // A stretch the parser must read at once, having no line where it can be cut into pieces: it holds up to 1.4 KB
    // for each character and 2 KB for each line until the stretch is done (660 KB of code spans took 930 MB).
    const pieceRefusal = (kb: number, lines: number, line: number) =>
      `Unexpected ${kb} KB in ${lines} lines from line ${line} that the markdown parser must read at once, expected at most ${MAX_PIECE_CHARS / 1024} KB and ${MAX_PIECE_LINES} lines: after a blank line, open a paragraph or heading at the line's first column, outside lists, quotes and fenced code`
    expect(refusal('Einleitung.\n\n' + ' `a` `b`\n\n'.repeat(30_000))).toBe(pieceRefusal(293, 60_002, 1))
    expect(refusal('Einleitung.\n\n```\n' + 'Code\n'.repeat(MAX_PIECE_LINES) + '```\n')).toBe(pieceRefusal(79, 16_004, 1))
    // Paragraphs of code spans or struck-through text opening at the first column are cut into pieces, however many.
    // (The limits alone: linting 600 KB of code spans takes seconds.)
    expect(() => checkLimits('Einleitung.\n\n' + '`a` `b`\n\n~~c~~ d\n\n'.repeat(30_000))).not.toThrow()
  })

  it(
    'lints one sentence of 120,000 tokens',
    () => {
      const findings = lintSource('a.md', SHAPES[10].make(60_000), CONFIGS[0]).findings
      expect(findings.filter((finding) => finding.ruleId === ENGINE_RULES.internal)).toEqual([])
    },
    LIMIT
  )
})

/** Offsets where a line begins: after \r\n, \n or a lone \r, as editors and vfile count lines. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1)
  }
  return starts
}

function pointAt(lines: number[], offset: number): { line: number; column: number } {
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (lines[middle] <= offset) low = middle
    else high = middle - 1
  }
  return { line: low + 1, column: offset - lines[low] + 1 }
}

function expectPosition(text: string, lines: number[], position: Position, finding: Finding): void {
  const label = `${finding.ruleId} "${finding.message}" at ${position.offset}-${position.endOffset}`
  expect(0 <= position.offset && position.offset <= position.endOffset && position.endOffset <= text.length, label).toBe(true)
  expect({ line: position.line, column: position.column }, label).toEqual(pointAt(lines, position.offset))
  expect({ line: position.endLine, column: position.endColumn }, label).toEqual(pointAt(lines, position.endOffset))
  expect(splitsCharacter(text, position.offset) || splitsCharacter(text, position.endOffset), `${label} splits a character`).toBe(false)
}

/** An offset between the halves of a surrogate pair, or between a letter and its combining mark. */
function splitsCharacter(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1)
  const after = text.charCodeAt(offset)
  const pair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
  const mark = after >= 0x300 && after <= 0x36f && offset > 0
  return pair || mark
}

/** What a finding says and where, its offsets moved by `shift`. */
function offsets(finding: Finding, shift: number) {
  const { ruleId, message, offset, endOffset, fix = [] } = finding
  return {
    ruleId,
    message,
    offset: offset + shift,
    endOffset: endOffset + shift,
    fix: fix.map((edit) => ({ ...edit, start: edit.start + shift, end: edit.end + shift }))
  }
}

function compare(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message)
}

/**
 * `output` must be `source` with only the reported edit ranges replaced: the stretches of
 * `source` outside every edit come through byte for byte and in order.
 */
function expectOnlyEditedRanges(source: string, output: string, edits: Edit[]): void {
  const ranges = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  const kept: string[] = []
  let at = 0
  for (const { start, end } of ranges) {
    if (start >= at) {
      kept.push(source.slice(at, start))
      at = end
    } else {
      at = Math.max(at, end)
    }
  }
  kept.push(source.slice(at))
  expect(output.startsWith(kept[0]), 'text before the first edit changed').toBe(true)
  expect(output.endsWith(kept[kept.length - 1]), 'text after the last edit changed').toBe(true)
  let cursor = kept[0].length
  for (const stretch of kept.slice(1, -1)) {
    const found = output.indexOf(stretch, cursor)
    expect(found, `unedited text ${JSON.stringify(stretch.slice(0, 40))} changed`).toBeGreaterThanOrEqual(0)
    cursor = found + stretch.length
  }
  expect(cursor <= output.length - kept[kept.length - 1].length, 'edits overlap the text after them').toBe(true)
}

// Pasted material glued to a paragraph of the article: whatever the snippet, --fix with the rules
// for pasted material keeps every sentence of the article.
describe('a snippet from the pasted-material lexicon glued to a paragraph of prose', () => {
  interface PastedFile {
    teaser: Record<string, string[] | undefined>
    boilerplate: Record<string, string[] | undefined>
    embed: Record<string, string[] | undefined>
    callToAction: { verbs: string[]; objects: string[] }
  }
  const files = (['de', 'en'] as const).map((lang) => lexicon<PastedFile>(lang, 'pasted'))
  const phrases = files.flatMap((file) =>
    [file.teaser, file.boilerplate, file.embed].flatMap((kind) => Object.values(kind).flatMap((list) => list ?? []))
  )
  const calls = files.flatMap((file) =>
    file.callToAction.verbs.flatMap((verb) =>
      file.callToAction.objects.map((object) => `${verb[0].toUpperCase()}${verb.slice(1)} Sie uns: ${object}!`)
    )
  )
  const snippet = fc.oneof(
    fc.constantFrom(...phrases),
    fc
      .tuple(
        fc.constantFrom(...phrases),
        fc.constantFrom(': Tempo 30 in ganz Innsbruck? Das sagen die Anrainer', '.', ' hier', ' bei Facebook und Instagram!')
      )
      .map(([phrase, rest]) => phrase + rest),
    fc.constantFrom(...calls)
  )
  const pastedRules: Config = {
    rules: new Map(
      ['teaser', 'boilerplate', 'embed'].map((id) => [
        id,
        { severity: 'error', options: { ...RULES.find((rule) => rule.meta.id === id)!.meta.defaults } }
      ])
    ),
    ignore: [],
    files: []
  }

  it(
    '--fix on "A P" and on "A", a line break, "P" keeps every sentence of A',
    () => {
      fc.assert(
        fc.property(proseParagraph, snippet, fc.constantFrom(' ', '\n'), (sentences, pasted, glue) => {
          const fixed = fixSource('a.md', `# Titel\n\n${sentences.join(' ')}${glue}${pasted}\n`, pastedRules).output
          for (const sentence of sentences) expect(fixed, `${sentence} lost from ${JSON.stringify(fixed)}`).toContain(sentence)
        }),
        propertyParameters()
      )
    },
    LIMIT
  )
})

function lines(n: number, line: (i: number) => string): string {
  return Array.from({ length: n }, (_, i) => line(i)).join('\n') + '\n'
}

describe('the start of a line', () => {
  // Searched code by code near, and natively far back: both kinds of break, and lines longer than the near stretch.
  it('is right after the last line feed or carriage return before the offset, on lines of any length and ending', () => {
    const lines = fc.array(fc.tuple(fc.nat(3000), fc.constantFrom('\n', '\r', '\r\n')), { maxLength: 8 })
    fc.assert(
      fc.property(lines, fc.double({ min: 0, max: 1, noNaN: true }), (parts, share) => {
        const text = parts.map(([length, end]) => 'x'.repeat(length) + end).join('')
        const offset = Math.floor(share * text.length)
        let expected = offset
        while (expected > 0 && text[expected - 1] !== '\n' && text[expected - 1] !== '\r') expected--
        expect(startOfLine(text, offset)).toBe(expected)
      }),
      propertyParameters()
    )
  })
})
