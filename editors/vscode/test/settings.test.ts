import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const manifest = JSON.parse(readFileSync(join(dirname(dirname(fileURLToPath(import.meta.url))), 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { scope?: string }> } }
}

describe('settings a repository could commit', () => {
  it('cannot name the program the extension starts: the server path is a setting of the machine, not of the workspace', () => {
    // VS Code ignores a machine-scoped setting in `.vscode/settings.json` and in workspace files.
    expect(manifest.contributes.configuration.properties['newslint.serverPath'].scope).toBe('machine')
  })
})
