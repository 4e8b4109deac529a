import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** Where the language server comes from, and which program that is. */
export interface ServerChoice {
  origin: 'setting' | 'workspace' | 'bundled'
  path: string
}

/**
 * The server to start: the `newslint.serverPath` setting when given, else the workspace's own
 * newslint (so the editor lints with the version and config the repository's CI uses), else the
 * copy bundled with the extension. Undefined when a configured path does not exist.
 */
export function chooseServer(setting: string, workspaceFolders: readonly string[], extensionPath: string): ServerChoice | undefined {
  if (setting.trim() !== '') return existsSync(setting) ? { origin: 'setting', path: setting } : undefined
  for (const folder of workspaceFolders) {
    const path = join(folder, 'node_modules', '.bin', 'newslint-lsp')
    if (existsSync(path)) return { origin: 'workspace', path }
  }
  const bundled = join(extensionPath, 'server', 'newslint-lsp.js')
  return existsSync(bundled) ? { origin: 'bundled', path: bundled } : undefined
}
