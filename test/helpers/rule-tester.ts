import { parseRuleSetting, type Config, type RuleSetting } from '../../src/config/config.js'
import { parseVocabulary } from '../../src/config/vocabulary.js'
import { type Finding, lintSource } from '../../src/lint/lint.js'
import type { Lang } from '../../src/engine/model.js'
import type { RuleOptions } from '../../src/lint/rule.js'

export { docExamples, type DocExample } from '../../src/docs/rule-docs.js'

/** Lint markdown with only `ruleId` switched on (at error level, with these options, checked as a config's are), in the article's language or `locale`. */
export function lintWith(
  ruleId: string,
  markdown: string,
  options: RuleOptions = {},
  lang?: Lang,
  vocabulary?: unknown,
  locale?: Lang
): Finding[] {
  const rules = new Map<string, RuleSetting>([[ruleId, parseRuleSetting(ruleId, ['error', options], undefined, 'test', ruleId)]])
  const config: Config = {
    rules,
    ignore: [],
    files: [],
    ...(lang ? { lang } : {}),
    ...(locale ? { locale } : {}),
    ...(vocabulary ? { vocabulary: parseVocabulary(vocabulary, 'test') } : {})
  }
  return lintSource('example.md', markdown, config).findings.filter((finding) => finding.ruleId === ruleId)
}

/** `L:C-L:C: message`, the form rule documentation lists expected findings in. */
export function describeFinding(finding: Finding): string {
  return `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}: ${finding.message}`
}
