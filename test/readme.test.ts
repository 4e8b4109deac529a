import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RULES } from '../rules/index.js'
import { withRuleTable } from '../src/docs/rule-table.js'

const readme = readFileSync('README.md', 'utf8')

describe('README', () => {
  it('lists every rule as its meta says (run `npm run docs` after changing a rule)', () => {
    expect(readme).toBe(withRuleTable(readme))
    for (const rule of RULES) expect(readme).toContain(`[\`${rule.meta.id}\`](rules/${rule.meta.id}.md)`)
  })

  it('has a quick start of exactly two commands: run on the seed, run the tests', () => {
    const section = readme.split('## Quick start')[1].split('\n## ')[0]
    const blocks = [...section.matchAll(/```\w*\n([\s\S]*?)```/g)].map((match) => match[1].trim().split('\n'))
    expect(blocks).toHaveLength(1)
    expect(blocks[0]).toHaveLength(2)
    expect(blocks[0][0]).toContain('fixtures/seed/')
    expect(blocks[0][1]).toContain('npm test')
  })

  it("runs the quick start's first command as written, through npx, on the seed", () => {
    const command = readme.split('## Quick start')[1].split('```')[1].split('\n')[1].split('&&')[1].trim()
    expect(command).toBe('npx newslint fixtures/seed/kim-putin-waffendeal.md')
    const run = spawnSync('sh', ['-c', `${command.replace(/^npx /, 'npx --no-install ')}`], { encoding: 'utf8' })
    expect(run.stderr).not.toMatch(/denied|not found/i)
    // The seed breaks the rules on purpose: findings, and exit code 1 for its errors.
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/teaser/)
    // npx resolves the package before newslint starts: seconds alone, minutes on a busy machine.
  }, 180_000)
})
