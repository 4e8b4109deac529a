import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI, onlyRule, tempTree } from './helpers/cli.js'

// Ctrl-C in a pre-commit hook, a closed terminal, `kill`: a --fix run stops between files, and
// leaves each article either as it was or fixed whole, with no temporary file beside it.

const ARTICLES = 600
const BEFORE = '# Haushalt\n\nDer Rat hat am Montag den Haushalt beschlossen.\n\nLesen Sie auch: Warum die Steuer steigt\n'
const FIXED = '# Haushalt\n\nDer Rat hat am Montag den Haushalt beschlossen.\n'
const name = (index: number) => `artikel-${String(index).padStart(3, '0')}.md`

async function fixedOne(root: string, child: ChildProcess, watched = [0, 1, 2]): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error('the run ended before it was asked to stop')
    if (watched.some((index) => readFileSync(join(root, name(index)), 'utf8') === FIXED)) return
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('a --fix run asked to stop', () => {
  it.each([
    ['SIGINT', '1', 130],
    ['SIGTERM', '2', 143]
  ] as const)(
    'stops between files on %s (%s threads) with exit %i, each file as it was or fixed, no temporary file left',
    async (signal, threads, code) => {
      const articles = Object.fromEntries(Array.from({ length: ARTICLES }, (_, index) => [name(index), BEFORE]))
      const root = tempTree({ ...articles, '.newslintrc.json': onlyRule('teaser', 'error') })
      const child = spawn(process.execPath, [CLI, '--fix', '.'], { cwd: root, env: { ...process.env, NEWSLINT_THREADS: threads } })
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      await fixedOne(root, child)
      child.kill(signal)
      const [exitCode, exitSignal] = await once(child, 'exit')
      expect({ exitCode, exitSignal }).toEqual({ exitCode: code, exitSignal: null })
      expect(stderr).toContain(`newslint: stopped by ${signal}: the files fixed so far are written whole, the others are unchanged`)
      const left = readdirSync(root).filter((entry) => !entry.endsWith('.md') && entry !== '.newslintrc.json')
      expect(left).toEqual([])
      const texts = Object.keys(articles).map((path) => readFileSync(join(root, path), 'utf8'))
      expect(texts.filter((text) => text !== BEFORE && text !== FIXED)).toEqual([])
      expect(texts.filter((text) => text === FIXED).length).toBeLessThan(ARTICLES)
    }
  )
})

describe('a signal that comes while a long article is linted', () => {
  // The main thread linted files too: busy with a long one, it noticed no signal, and the worker
  // went on fixing every other file before the run stopped.
  it('stops the other threads at once: they take no further file', async () => {
    const long = `# Haushalt\n\n${'Der Rat hat am Montag lange über den Haushalt beraten, sagte ein Sprecher der Stadt.\n\nLesen Sie auch: Warum die Steuer steigt\n\n'.repeat(3000)}`
    const articles = Object.fromEntries(Array.from({ length: ARTICLES }, (_, index) => [name(index), index === 0 ? long : BEFORE]))
    const root = tempTree({ ...articles, '.newslintrc.json': onlyRule('teaser', 'error') })
    const child = spawn(process.execPath, [CLI, '--fix', '.'], { cwd: root, env: { ...process.env, NEWSLINT_THREADS: '2' } })
    await fixedOne(root, child, [1, 2, 3])
    child.kill('SIGINT')
    const [exitCode] = await once(child, 'exit')
    expect(exitCode).toBe(130)
    const texts = Object.keys(articles)
      .slice(1)
      .map((path) => readFileSync(join(root, path), 'utf8'))
    expect(texts.filter((text) => text !== BEFORE && text !== FIXED)).toEqual([])
    // Before, the worker fixed a few hundred more while the long article was linted.
    expect(texts.filter((text) => text === FIXED).length).toBeLessThan(100)
    expect(readdirSync(root).filter((entry) => !entry.endsWith('.md') && entry !== '.newslintrc.json')).toEqual([])
  })
})
