// Whether a credit line's date is a real day: "12.3.2016", "5. 2. 2016", "13.02.16", "12. März 2016".

const MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember']

export function isRealDate(written: string): boolean {
  const words = written.replace(/\./g, ' ').split(' ').filter(Boolean)
  if (words.length !== 3) return false
  const day = Number(words[0])
  const monthName = MONTHS.indexOf(words[1].toLowerCase().replace('jänner', 'januar'))
  const month = monthName >= 0 ? monthName + 1 : Number(words[1])
  let year = Number(words[2])
  if (words[2].length === 2) year += 2000
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return false
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Some parts of the date are spaced ("5. 2.") and some not ("12.2. 2016"). */
export function hasMixedDateSpacing(written: string): boolean {
  const dots = [...written.matchAll(/\.(?=.)/g)].map((match) => written[match.index + 1] === ' ')
  return dots.includes(true) && dots.includes(false)
}
