import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified, type PluggableList } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { recommendedConfig } from '../src/config/config.js'
import { packagePath } from '../src/engine/lexicon.js'
import { lintSource } from '../src/lint/lint.js'
import newslint, { type Options } from '../src/remark/index.js'

const SEED = packagePath('fixtures', 'seed', 'kim-putin-waffendeal.md')
const seedText = readFileSync(SEED, 'utf8')

async function lintWithRemark(path: string, value: string, plugins: PluggableList, options?: Options): Promise<VFile> {
  const processor = unified().use(remarkParse).use(plugins).use(newslint, options)
  const file = new VFile({ path, value })
  await processor.run(processor.parse(file), file)
  return file
}

const summary = (file: VFile) =>
  file.messages.map(
    (m) => `${m.ruleId} ${m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}` : ''} ${m.reason}`
  )

describe('newslint as a remark plugin', () => {
  it('adds the findings of the command line to the file, reusing a tree parsed with frontmatter and GFM', async () => {
    const file = await lintWithRemark(SEED, seedText, [[remarkFrontmatter, ['yaml']], remarkGfm])
    const expected = lintSource(SEED, seedText, recommendedConfig()).findings.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`)
    expect(expected.length).toBeGreaterThan(10)
    expect(summary(file)).toEqual(expected)
  })

  it('parses the text itself when the pipeline lacks frontmatter or GFM, with the same findings', async () => {
    const reused = await lintWithRemark(SEED, seedText, [[remarkFrontmatter, ['yaml']], remarkGfm])
    const own = await lintWithRemark(SEED, seedText, [])
    expect(summary(own)).toEqual(summary(reused))
  })

  it('marks errors fatal, names rule, source and documentation, and carries the fix as expected text', async () => {
    const file = await lintWithRemark(SEED, seedText, [])
    const teaser = file.messages.find((m) => m.ruleId === 'teaser')!
    expect(teaser).toMatchObject({ source: 'newslint', fatal: true })
    expect(teaser.url).toMatch(/\/rules\/teaser\.md$/)
    const quotes = file.messages.find((m) => m.ruleId === 'quotes')!
    expect(quotes.fatal).toBe(false)
    expect(quotes.actual).toMatch(/^".*"$/)
    expect(quotes.expected).toEqual([`„${quotes.actual!.slice(1, -1)}“`])
    expect(quotes.place).toMatchObject({ start: { line: 7, column: 190 }, end: { line: 7, column: 206 } })
  })

  it("follows the config found from the file's path, and settings given as options", async () => {
    const repo = realpathSync(mkdtempSync(join(tmpdir(), 'newslint-remark-')))
    mkdirSync(join(repo, '.git'))
    writeFileSync(join(repo, '.newslintrc.yaml'), 'rules:\n  quotes: error\n')
    const article = join(repo, 'artikel.md')
    const text = 'Die Stadt hat am Montag den "Radweg" eröffnet, teilte das Verkehrsamt mit.\n'
    const discovered = await lintWithRemark(article, text, [])
    expect(discovered.messages.filter((m) => m.ruleId === 'quotes').map((m) => m.fatal)).toEqual([true])
    const given = await lintWithRemark(article, text, [], { settings: { rules: { quotes: 'off' } } })
    expect(given.messages.filter((m) => m.ruleId === 'quotes')).toEqual([])
    // A suggestion is vfile's info: neither fatal nor a warning.
    const suggested = await lintWithRemark(article, text, [], { settings: { rules: { quotes: 'suggestion' } } })
    expect(suggested.messages.filter((m) => m.ruleId === 'quotes').map((m) => m.fatal)).toEqual([undefined])
  })

  it('fails the file with the config error for a broken config', async () => {
    const broken = lintWithRemark(join(tmpdir(), 'a.md'), 'Text.\n', [], { settings: { rules: { nonsense: 'warn' } } })
    await expect(broken).rejects.toThrow(/unknown rule "nonsense"/)
  })

  it('runs in remark-cli as `remark --use newslint/remark`, which fails with --frail', () => {
    const remark = packagePath('node_modules', '.bin', 'remark')
    const result = spawnSync(remark, ['--use', 'newslint/remark', '--frail', '--no-color', SEED], { cwd: packagePath(), encoding: 'utf8' })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/fixtures\/seed\/kim-putin-waffendeal\.md/)
    expect(result.stderr).toMatch(/error +Anriss für anderen Inhalt: .* +teaser +newslint/)
  })
})
