// Builds what the .vsix holds: the client as one file (no node_modules in the package) and a
// copy of the newslint language server, bundled with its data, for workspaces without newslint.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')
const compiled = join(root, 'dist', 'src')
if (!existsSync(join(compiled, 'bin', 'newslint-lsp.js'))) {
  process.stderr.write('newslint is not built: run `npm run build` in the repository root first\n')
  process.exit(1)
}
const { NODE_ESM_BUNDLE } = await import(pathToFileURL(join(root, 'dist', 'scripts', 'node-bundle.js')).href)

await build({
  entryPoints: [join(here, 'src', 'extension.ts')],
  outfile: join(here, 'dist', 'extension.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning'
})

// The server and its worker thread sit side by side, as in newslint's own build, so the server
// finds `./worker.js`; the package.json beside them makes that folder the package root the
// engine reads its lexicons, rule pages and stored data from.
const server = join(here, 'server')
rmSync(server, { recursive: true, force: true })
mkdirSync(server, { recursive: true })
await build({
  entryPoints: { 'newslint-lsp': join(compiled, 'bin', 'newslint-lsp.js'), worker: join(compiled, 'lsp', 'worker.js') },
  outdir: server,
  ...NODE_ESM_BUNDLE
})
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
writeFileSync(join(server, 'package.json'), `${JSON.stringify({ name: 'newslint', version, type: 'module', private: true }, null, 2)}\n`)
cpSync(join(root, 'lexicons'), join(server, 'lexicons'), { recursive: true })
cpSync(join(root, 'rules'), join(server, 'rules'), { recursive: true, filter: (path) => !path.endsWith('.ts') })
cpSync(join(root, 'dist', 'data'), join(server, 'dist', 'data'), { recursive: true })
