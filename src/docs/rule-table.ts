import { RULES } from '../../rules/index.js'

const TABLE_START = '<!-- rules-table-start -->'
const TABLE_END = '<!-- rules-table-end -->'

/** The README's rule table, generated from rule meta (`npm run docs` writes it; a test checks it). */
function ruleTable(): string {
  const rows = RULES.map(
    (rule) =>
      `| [\`${rule.meta.id}\`](rules/${rule.meta.id}.md) | ${rule.meta.summary} | ${rule.meta.severity} | ${rule.meta.fixable ? 'yes' : ''} | ${rule.meta.languages.join(', ')} |`
  )
  return [TABLE_START, '| rule | checks | default | fixable | languages |', '| --- | --- | --- | --- | --- |', ...rows, TABLE_END].join(
    '\n'
  )
}

export function withRuleTable(readme: string): string {
  const start = readme.indexOf(TABLE_START)
  const end = readme.indexOf(TABLE_END)
  if (start < 0 || end < 0) throw new Error('README.md has no rule table markers')
  return readme.slice(0, start) + ruleTable() + readme.slice(end + TABLE_END.length)
}
