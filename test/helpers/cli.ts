import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { RULES } from '../../rules/index.js'
import { ConfigError } from '../../src/config/config.js'

/** The built command-line program, as users run it (`npm test` builds before testing). */
export const CLI = resolve('dist/src/bin/newslint.js')

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

export function runCli(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? process.cwd(),
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, ...options.env }
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A temporary folder with the given files (paths relative to it). */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'newslint-test-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return root
}

/** A `.newslintrc.json` that switches every rule off but `ruleId`: for tests about the CLI, not the rules. */
export function onlyRule(ruleId: string, severity = 'warn'): string {
  return JSON.stringify({ rules: Object.fromEntries(RULES.map((rule) => [rule.meta.id, rule.meta.id === ruleId ? severity : 'off'])) })
}

/** A temporary repository (a folder with `.git`) with the given files. */
export function repository(files: Record<string, string>): string {
  const root = tempTree(files)
  mkdirSync(join(root, '.git'))
  return root
}

/** The config error a call throws, or undefined. */
export function refusalOf(call: () => unknown): string | undefined {
  try {
    call()
  } catch (error) {
    return error instanceof ConfigError ? error.message : `unexpected ${String(error)}`
  }
  return undefined
}
