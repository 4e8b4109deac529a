import type { BuildOptions } from 'esbuild'

// How newslint is bundled for Node.js, by its own build and by the editor extension's: one ES
// module file whose CommonJS dependencies still find `require`, which an ES module lacks.
export const NODE_ESM_BUNDLE: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // esbuild's table lacks these for Node.js, whose every version since 10 has them: without this it
  // writes each such literal as `new RegExp(…)`, a regular expression built at every call.
  supported: { 'regexp-unicode-property-escapes': true, 'regexp-lookbehind-assertions': true },
  banner: {
    js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);"
  },
  logLevel: 'warning'
}
