import { catalogue } from '../lint/messages.js'

// Each rule page lists what its findings say in German and English, generated from the message
// catalogues (`npm run docs` writes it before the examples; a test checks it is current).

const START = '<!-- messages-start -->'
const END = '<!-- messages-end -->'

/** Catalogue groups a rule's findings draw on besides its own: what gave pasted material away. */
const SHARED_GROUPS: Readonly<Record<string, string[]>> = { teaser: ['signal'], boilerplate: ['signal'], embed: ['signal'] }

function ruleMessages(ruleId: string): string {
  const german = catalogue('de')
  const english = catalogue('en')
  const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|')
  const rows = [ruleId, ...(SHARED_GROUPS[ruleId] ?? [])].flatMap((group) =>
    Object.entries(german[group] ?? {}).map(([key, entry]) => {
      const name = group === ruleId ? key : `${group}.${key}`
      const translation = english[group]?.[key]
      const detail = (text: string | undefined) => (text ? `<br>_${cell(text)}_` : '')
      return `| \`${name}\` | ${cell(entry.message)}${detail(entry.detail)} | ${cell(translation?.message)}${detail(translation?.detail)} |`
    })
  )
  return [
    START,
    '## Messages',
    '',
    'Each finding’s first line, and in italics the reason `--verbose`, the hover and JSON give.',
    '',
    '| key | Deutsch | English |',
    '| --- | --- | --- |',
    ...rows,
    END
  ].join('\n')
}

/** The page with its messages section replaced, or inserted before `## Examples`. */
export function withRuleMessages(page: string, ruleId: string): string {
  const start = page.indexOf(START)
  const end = page.indexOf(END)
  if (start >= 0 && end > start) return page.slice(0, start) + ruleMessages(ruleId) + page.slice(end + END.length)
  const examples = page.indexOf('\n## Examples')
  if (examples < 0) throw new Error(`rules/${ruleId}.md has no "## Examples" section`)
  return `${page.slice(0, examples)}\n${ruleMessages(ruleId)}\n${page.slice(examples)}`
}
