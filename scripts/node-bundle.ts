import type { BuildOptions } from 'esbuild'

// How newslint is bundled for Node.js, by its own build and by the editor extension's: one ES
// module file whose CommonJS dependencies still find `require`, which an ES module lacks.
export const NODE_ESM_BUNDLE: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: {
    js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);"
  },
  logLevel: 'warning'
}
