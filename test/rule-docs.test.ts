import { describe, expect, it } from 'vitest'
import { RULES } from '../rules/index.js'
import { describeFinding, docExamples, lintWith } from './helpers/rule-tester.js'

// Every rule's documentation carries ok / not-ok examples; they run here, so the docs cannot drift.
describe.each(RULES.map((rule) => [rule.meta.id]))('documentation examples of %s', (id) => {
  const examples = docExamples(id)

  it('has both ok and not-ok examples', () => {
    expect(examples.some((example) => example.ok)).toBe(true)
    expect(examples.some((example) => !example.ok)).toBe(true)
  })

  it.each(examples.map((example, index) => [index, example] as const))('example %i', (_, example) => {
    const findings = lintWith(id, example.markdown, example.options, example.lang, example.vocabulary).map(describeFinding)
    if (example.ok) expect(findings).toEqual([])
    else expect(findings).toEqual(example.expected)
  })
})
