// `npm run docs`: regenerate the rule table in README.md from rule meta, and each rule page's messages from the catalogues.
import { readFileSync, writeFileSync } from 'node:fs'
import { RULES } from '../rules/index.js'
import { ruleDocsPath } from '../src/docs/rule-docs.js'
import { withRuleMessages } from '../src/docs/rule-messages.js'
import { packagePath } from '../src/engine/lexicon.js'
import { withRuleTable } from '../src/docs/rule-table.js'

const path = packagePath('README.md')
writeFileSync(path, withRuleTable(readFileSync(path, 'utf8')))
for (const rule of RULES) {
  const page = ruleDocsPath(rule.meta.id)
  writeFileSync(page, withRuleMessages(readFileSync(page, 'utf8'), rule.meta.id))
}
