import type { Registry } from '../../src/analysis/credit/agencies.js'
import { hasMixedDateSpacing, isRealDate } from '../../src/analysis/credit/date.js'
import type { Article, CreditLine, CreditPart } from '../../src/engine/model.js'
import type { Report } from '../../src/lint/rule.js'

// The credit line's form: its parts known, initials as the newsroom writes them, a real date,
// one kind of separator, single spaces.

export const INITIALS_FORMATS = ['lower', 'upper', 'any'] as const
export type InitialsFormat = (typeof INITIALS_FORMATS)[number]

interface FormOptions {
  outlet: string
  initials: InitialsFormat
}

export function checkForm(
  article: Article,
  credit: CreditLine,
  registry: Registry,
  options: FormOptions,
  report: (finding: Report) => void
): void {
  for (const part of credit.parts) {
    if (
      part.role === 'unknown' &&
      !registry.byLowerSpelling.has(part.text.toLowerCase()) &&
      !(options.initials !== 'lower' && isInitials(part.text, options.initials))
    ) {
      report({
        start: part.start,
        end: part.end,
        message: part.suggestion
          ? { key: 'credit-line.unknownAgency', data: { code: part.text, suggestion: part.suggestion } }
          : { key: 'credit-line.unregisteredAgency', data: { code: part.text } }
      })
    }
    if (
      part.role === 'initials' &&
      !registry.byLowerSpelling.has(part.text.toLowerCase()) &&
      !isInitials(part.text.replace(/\.$/, ''), options.initials)
    ) {
      report({
        start: part.start,
        end: part.end,
        message: {
          key: options.initials === 'upper' ? 'credit-line.initialsUpper' : 'credit-line.initialsLower',
          data: { text: part.text }
        }
      })
    }
    if (
      part.role === 'outlet' &&
      options.outlet &&
      part.text !== options.outlet &&
      part.text.toLowerCase() === options.outlet.toLowerCase()
    ) {
      report({
        start: part.start,
        end: part.end,
        message: { key: 'credit-line.outlet', data: { text: part.text, outlet: options.outlet } },
        fix: [{ start: part.start, end: part.end, text: options.outlet }]
      })
    }
    if (part.role === 'date') checkDate(part, report)
  }
  checkSeparators(credit, report)
  checkSpacing(article, credit, report)
}

function isInitials(text: string, format: InitialsFormat): boolean {
  if (format === 'any') return true
  return format === 'upper' ? text === text.toUpperCase() : text === text.toLowerCase()
}

function checkDate(part: CreditPart, report: (finding: Report) => void): void {
  if (!isRealDate(part.text)) {
    report({
      start: part.start,
      end: part.end,
      message: { key: 'credit-line.badDate', data: { text: part.text } }
    })
  } else if (hasMixedDateSpacing(part.text)) {
    const joined = part.text.replace(/ /g, '')
    report({
      start: part.start,
      end: part.end,
      message: { key: 'credit-line.dateSpacing', data: { text: part.text, joined } },
      fix: [{ start: part.start, end: part.end, text: joined }]
    })
  }
}

// Slashes and commas combine in house styles ("(APA/dpa, 12.3.2016)"); semicolons and dashes stand alone.
const SEPARATOR_KIND: Record<string, string> = { '/': 'list', ',': 'list', ';': 'semicolon', '–': 'dash', '—': 'dash', '-': 'dash' }

function checkSeparators(credit: CreditLine, report: (finding: Report) => void): void {
  // The date closes the line after a comma ("(APA, 12.3.2016)"): "(APA; 18.8.2015)" is a typing error.
  credit.separators.forEach((separator, index) => {
    if (separator.value !== ';' || credit.parts[index + 1]?.role !== 'date') return
    report({
      start: separator.start,
      end: separator.end,
      message: { key: 'credit-line.semicolonDate' },
      fix: [{ start: separator.start, end: separator.end, text: ',' }]
    })
  })
  const kinds = credit.separators.map((separator) => SEPARATOR_KIND[separator.value]).filter(Boolean)
  if (new Set(kinds).size < 2) return
  const first = credit.separators.find((separator) => SEPARATOR_KIND[separator.value])!
  for (const separator of credit.separators) {
    const kind = SEPARATOR_KIND[separator.value]
    if (!kind || kind === SEPARATOR_KIND[first.value]) continue
    report({
      start: separator.start,
      end: separator.end,
      message: { key: 'credit-line.mixedSeparators', data: { separator: separator.value, first: first.value } }
    })
  }
}

/** Spaces around slashes, before commas, doubled, or inside the brackets. */
function checkSpacing(article: Article, credit: CreditLine, report: (finding: Report) => void): void {
  for (const separator of credit.separators) {
    if (separator.value === '/' && (separator.spaceBefore || separator.spaceAfter)) {
      const start = separator.spaceBefore ? separator.start - 1 : separator.start
      const end = separator.spaceAfter ? separator.end + 1 : separator.end
      report({
        start,
        end,
        message: { key: 'credit-line.slashSpace' },
        fix: [{ start, end, text: '/' }]
      })
    }
    if ((separator.value === ',' || separator.value === ';') && separator.spaceBefore) {
      report({
        start: separator.start - 1,
        end: separator.end,
        message: { key: 'credit-line.spaceBefore', data: { separator: separator.value } },
        fix: [{ start: separator.start - 1, end: separator.start, text: '' }]
      })
    }
  }
  const text = article.text.slice(credit.start, credit.end)
  for (let i = 0; i + 1 < text.length; i++) {
    const inner = (text[i] === '(' && text[i + 1] === ' ') || (text[i] === ' ' && text[i + 1] === ')')
    if (inner) {
      const at = credit.start + (text[i] === ' ' ? i : i + 1)
      report({
        start: at,
        end: at + 1,
        message: { key: 'credit-line.bracketSpace' },
        fix: [{ start: at, end: at + 1, text: '' }]
      })
    } else if (text[i] === ' ' && text[i + 1] === ' ') {
      let end = i + 1
      while (text[end] === ' ') end++
      report({
        start: credit.start + i,
        end: credit.start + end,
        message: { key: 'credit-line.doubleSpace' },
        fix: [{ start: credit.start + i, end: credit.start + end, text: ' ' }]
      })
      i = end
    }
  }
}
