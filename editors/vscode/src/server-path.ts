import { existsSync, realpathSync } from 'node:fs'
import { join, sep } from 'node:path'
import { committedModules } from './committed.js'

/** Where the language server comes from, which program that is, and the workspace servers passed over (with why). */
export interface ServerChoice {
  origin: 'setting' | 'workspace' | 'bundled'
  path: string
  passedOver: string[]
}

/**
 * The server to start: the `newslint.serverPath` setting when given, else the workspace's own
 * newslint (so the editor lints with the version and config the repository's CI uses), else the
 * copy bundled with the extension. A workspace's newslint runs only in a trusted workspace and
 * only when no commit brought it. Undefined when a configured path does not exist.
 */
export function chooseServer(
  setting: string,
  workspaceFolders: readonly string[],
  extensionPath: string,
  trusted: boolean
): ServerChoice | undefined {
  if (setting.trim() !== '') return existsSync(setting) ? { origin: 'setting', path: setting, passedOver: [] } : undefined
  const passedOver: string[] = []
  for (const folder of workspaceFolders) {
    const path = join(folder, 'node_modules', '.bin', 'newslint-lsp')
    if (!existsSync(path)) continue
    if (!trusted) passedOver.push(`${path}: the workspace is in Restricted Mode (not trusted)`)
    else if (!installedInside(folder, path))
      passedOver.push(`${path}: its program lies outside node_modules, in files a commit may have brought`)
    else if (committedModules(folder))
      passedOver.push(`${path}: git tracks files under its node_modules, or cannot tell; a commit may have brought it`)
    else return { origin: 'workspace', path, passedOver }
  }
  const bundled = join(extensionPath, 'server', 'newslint-lsp.js')
  return existsSync(bundled) ? { origin: 'bundled', path: bundled, passedOver } : undefined
}

/**
 * The program the link leads to lies in the folder's node_modules, where an install puts a
 * package from the registry; a `file:` dependency links to the repository's own files instead.
 */
function installedInside(folder: string, path: string): boolean {
  return realpathSync(path).startsWith(realpathSync(join(folder, 'node_modules')) + sep)
}
