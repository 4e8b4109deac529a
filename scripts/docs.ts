// `npm run docs`: regenerate the rule table in README.md from rule meta.
import { readFileSync, writeFileSync } from 'node:fs'
import { packagePath } from '../src/engine/lexicon.js'
import { withRuleTable } from '../src/docs/rule-table.js'

const path = packagePath('README.md')
writeFileSync(path, withRuleTable(readFileSync(path, 'utf8')))
