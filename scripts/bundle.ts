// Part of `npm run build`: the command-line program as one file, written over the compiled
// `dist/src/bin/newslint.js`. Resolving and loading its 300 modules one by one was half of a
// pre-commit hook's run. The language server (`newslint lsp`, with its worker threads) is loaded
// as compiled when it is asked for.
import { chmodSync, readFileSync } from 'node:fs'
import { build, type Plugin } from 'esbuild'
import { NODE_ESM_BUNDLE } from './node-bundle.js'
import { packagePath } from '../src/engine/lexicon.js'

const CLI = packagePath('dist', 'src', 'bin', 'newslint.js')

// cli/cli.js imports the server as `../lsp/server.js`; from the bundle in bin/ that is `../lsp/server.js`.
const serverAsCompiled: Plugin = {
  name: 'language-server-as-compiled',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\/lsp\/server\.js$/ }, () => ({ path: '../lsp/server.js', external: true }))
  }
}

await build({
  entryPoints: [CLI],
  outfile: CLI,
  allowOverwrite: true,
  ...NODE_ESM_BUNDLE,
  plugins: [serverAsCompiled]
})

// The programs in package.json's `bin` run as commands (`npx newslint`): esbuild and tsc write
// them without the executable bit, and a command without it is refused ("Permission denied").
const { bin } = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { bin: Record<string, string> }
for (const file of Object.values(bin)) chmodSync(packagePath(file), 0o755)
