import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { writePrintableJson } from '../src/cli/printable.js'
import { analyze } from '../src/engine/analyze.js'
import { onlyRule, runCli, tempTree } from './helpers/cli.js'

async function chunksOf(value: unknown): Promise<string[]> {
  const chunks: string[] = []
  await writePrintableJson(value, (text) => {
    chunks.push(text)
  })
  return chunks
}

describe('JSON reports go out in pieces, as JSON.stringify would print them whole', () => {
  it('any JSON value, with members that have no JSON form left out as JSON.stringify leaves them', async () => {
    const withGaps = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue(),
        fc.constant(undefined),
        fc.array(tie('value')),
        fc.dictionary(fc.string(), tie('value'))
      )
    })).value
    await fc.assert(
      fc.asyncProperty(
        withGaps.filter((value) => value !== undefined),
        async (value) => {
          expect((await chunksOf(value)).join('')).toBe(JSON.stringify(value, null, 2) + '\n')
        }
      )
    )
  })

  it('a report of megabytes arrives as many pieces of about 64 KB, not as one string', async () => {
    const findings = Array.from({ length: 20_000 }, (_, index) => ({ ruleId: 'hedge', message: `Befund ${index}`, line: index + 1 }))
    const chunks = await chunksOf([{ path: 'a.md', messages: findings }])
    expect(chunks.length).toBeGreaterThan(10)
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(70_000)
    expect(JSON.parse(chunks.join(''))).toEqual([{ path: 'a.md', messages: findings }])
  })

  it('waits for a full output to drain before it writes the next piece', async () => {
    const findings = Array.from({ length: 20_000 }, (_, index) => ({ ruleId: 'hedge', message: `Befund ${index}` }))
    const chunks: string[] = []
    let drain = () => {}
    const written = writePrintableJson([{ path: 'a.md', messages: findings }], (text) => {
      chunks.push(text)
      return new Promise((resolve) => (drain = resolve))
    })
    await new Promise((resolve) => setImmediate(resolve))
    expect(chunks).toHaveLength(1)
    for (let waited = 0; waited < 1000 && !(await Promise.race([written.then(() => true), Promise.resolve(false)])); waited++) {
      drain()
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect(JSON.parse(chunks.join(''))).toEqual([{ path: 'a.md', messages: findings }])
  })

  it('the command prints a long JSON report that parses whole', () => {
    const article = 'Der Minister soll angeblich gelogen haben.\n\n'.repeat(1000)
    const run = runCli(['a.md', '-f', 'json'], { cwd: tempTree({ '.newslintrc.json': onlyRule('hedge'), 'a.md': article }) })
    const [file] = JSON.parse(run.stdout) as Array<{ messages: unknown[] }>
    expect(file.messages.length).toBeGreaterThanOrEqual(1000)
  })
})

describe('tokens, kept small, read as the text they stand for', () => {
  it('each word gives its text, its lower-cased form and its place; quotes and code spans are marked', () => {
    const article = analyze('a.md', 'Die Stadt baut. Die Stadt plant „Grünes“ und `Code`.\n')
    const tokens = article.sentences.flatMap((sentence) => sentence.tokens)
    const words = tokens.filter((token) => token.kind === 'word')
    expect(words.map((token) => [token.value, token.lower, article.text.slice(token.start, token.end)])).toEqual(
      ['Die', 'Stadt', 'baut', 'Die', 'Stadt', 'plant', 'Grünes', 'und', 'Code'].map((word) => [word, word.toLowerCase(), word])
    )
    expect(words.find((token) => token.value === 'Grünes')?.quoted).toBe(true)
    expect(words.find((token) => token.value === 'Code')?.verbatim).toBe(true)
    expect(words.find((token) => token.value === 'Stadt')?.quoted).toBe(false)
  })
})
