// Whether a credit line's date is a real day: "12.3.2016", "5. 2. 2016", "13.02.16", "12. März 2016".

const MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember']

/** Months as dates write them: in full, cut to three letters ("Mär"), and the Austrian forms. */
const MONTH_WORDS = new Set([...MONTHS, ...MONTHS.map((month) => month.slice(0, 3)), 'sept', 'jänner', 'jän', 'feber'])

/** A German month's name, in full or cut short, with or without its full stop ("März", "Mär", "Sept.", "Jänner"). */
export function isGermanMonth(word: string): boolean {
  return MONTH_WORDS.has(word.toLowerCase().replace(/\.$/, ''))
}

export function isRealDate(written: string): boolean {
  const [year, month, day] = (isoDate(written) ?? '').split('-').map(Number)
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return false
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Some parts of the date are spaced ("5. 2.") and some not ("12.2. 2016"). */
export function hasMixedDateSpacing(written: string): boolean {
  const dots = [...written.matchAll(/\.(?=.)/g)].map((match) => written[match.index + 1] === ' ')
  return dots.includes(true) && dots.includes(false)
}

/** The written date as YYYY-MM-DD ("5. 2. 2016" → "2016-02-05", "dpa:230906-99-…" → "2023-09-06"), real or not. */
export function isoDate(written: string): string | undefined {
  if (written.toLowerCase().startsWith('dpa:')) {
    const digits = written.slice(4, 10)
    return /^\d{6}$/.test(digits) ? `20${digits.slice(0, 2)}-${digits.slice(2, 4)}-${digits.slice(4, 6)}` : undefined
  }
  const words = written.replace(/\./g, ' ').split(' ').filter(Boolean)
  if (words.length !== 3) return undefined
  const monthName = MONTHS.indexOf(words[1].toLowerCase().replace('jänner', 'januar'))
  const month = monthName >= 0 ? String(monthName + 1) : words[1]
  const year = words[2].length === 2 ? `20${words[2]}` : words[2]
  return `${year}-${month.padStart(2, '0')}-${words[0].padStart(2, '0')}`
}
