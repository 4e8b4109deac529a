import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ruleById, type Config, type RuleSetting } from '../src/config/config.js'
import { fixSource } from '../src/lint/fix.js'
import { lintSource } from '../src/lint/lint.js'
import { packagePath } from '../src/engine/lexicon.js'
import { runCli, tempTree } from './helpers/cli.js'

// The fixes of teaser, boilerplate and embed, with only those three rules on: other rules'
// fixes (quotation marks, credit lines) are theirs to pin.
const PASTED_RULES = ['teaser', 'boilerplate', 'embed']
const SEED = readFileSync(packagePath('fixtures/seed/kim-putin-waffendeal.md'), 'utf8')
const SEED_FIXED = readFileSync(packagePath('fixtures/seed/kim-putin-waffendeal.fixed.md'), 'utf8')

function pastedConfig(): Config {
  const rules = new Map<string, RuleSetting>(
    PASTED_RULES.map((id) => [id, { severity: 'warn', options: { ...ruleById(id)!.meta.defaults } }])
  )
  return { rules, ignore: [], files: [] }
}

const fix = (source: string) => fixSource('a.md', source, pastedConfig()).output

describe('fixes of pasted blocks', () => {
  it('turn the seed into the pinned fixed article', () => {
    const { output, result } = fixSource('seed.md', SEED, pastedConfig())
    expect(output).toBe(SEED_FIXED)
    expect(result.findings).toEqual([])
  })

  it('do the same through the command line on a copy of the seed', () => {
    const config = JSON.stringify({ extends: [], rules: Object.fromEntries(PASTED_RULES.map((id) => [id, 'warn'])) })
    const root = tempTree({ 'seed.md': SEED, '.newslintrc.json': config })
    const run = runCli(['seed.md', '--fix'], { cwd: root })
    expect(run.status).toBe(0)
    expect(readFileSync(join(root, 'seed.md'), 'utf8')).toBe(SEED_FIXED)
  })

  it('leave one blank line between the blocks that remain and none at the end', () => {
    const body =
      'Der Rat hat am Montag den Haushalt beschlossen.\n\nLesen Sie auch: Warum die Steuer steigt\n\n\nDie Opposition stimmte dagegen.\n\nAnzeige\n'
    expect(fix(body)).toBe('Der Rat hat am Montag den Haushalt beschlossen.\n\nDie Opposition stimmte dagegen.\n')
  })

  it('keep Windows line endings as they are', () => {
    const body =
      'Der Rat hat am Montag den Haushalt beschlossen.\r\n\r\nLesen Sie auch: Warum die Steuer steigt\r\n\r\nDie Opposition stimmte dagegen.\r\n'
    expect(fix(body)).toBe('Der Rat hat am Montag den Haushalt beschlossen.\r\n\r\nDie Opposition stimmte dagegen.\r\n')
  })

  it('replace an embedded post by the link to the original where its text carries one', () => {
    const body = [
      'Die Verhandlungen sollen im Herbst weitergehen.',
      'We will not give up an inch of our land. #Ukraine',
      '— Volodymyr Zelenskyy (@ZelenskyyUa) [September 6, 2023](https://twitter.com/ZelenskyyUa/status/1699400000000000000?ref_src=twsrc)',
      'Der Kreml äußerte sich nicht.'
    ].join('\n\n')
    expect(fix(body + '\n')).toBe(
      'Die Verhandlungen sollen im Herbst weitergehen.\n\n<https://twitter.com/ZelenskyyUa/status/1699400000000000000?ref_src=twsrc>\n\nDer Kreml äußerte sich nicht.\n'
    )
  })
})

describe('a post pasted into a paragraph', () => {
  const prose =
    'Die Szenen wurden auf Video festgehalten, der Fahrer blieb unverletzt und meldete sich am Abend selbst bei seinen Fans. Das Team bestätigte, dass er die Etappe am Dienstag wieder aufnehmen wolle, sofern die Ärzte zustimmten.'
  const post = 'Thanks for the messages, all good #tdf pic.twitter.com/SGB8NEssCF'
  const after =
    'Mittlerweile postete er ein Selfie aus dem Spital, wie das Team am Montag mitteilte. Die Rennleitung prüft den Vorfall, ein Urteil wird für Mittwoch erwartet.'
  const paragraph = `${prose} ${post} ${after}\n`

  it('is reported as the span of the post, and the paragraph stays article text', () => {
    const { findings, article } = lintSource('a.md', paragraph, pastedConfig())
    expect(article.blocks[0].kind).toBe('paragraph')
    expect(findings.map((finding) => [finding.ruleId, paragraph.slice(finding.offset, finding.endOffset)])).toEqual([['embed', post]])
  })

  it('is removed with the space after it', () => {
    expect(fix(paragraph)).toBe(`${prose} ${after}\n`)
  })
})
