// Char tests for the digits of a word, for checks that read every word of a sentence: a regular
// expression per word cost a call each.

/** Holds an ASCII digit, as `/\d/` tests. */
export function hasDigit(value: string): boolean {
  for (let k = 0; k < value.length; k++) if (isDigitCode(value.charCodeAt(k))) return true
  return false
}

/** A day of the month with its full stop ("3.", "24."), as `/^\d{1,2}\.$/` tests. */
export function isDayDate(value: string): boolean {
  const dot = value.length - 1
  return (
    (dot === 1 || dot === 2) && value.charCodeAt(dot) === 46 && isDigitCode(value.charCodeAt(0)) && isDigitCode(value.charCodeAt(dot - 1))
  )
}

/** An ASCII digit's char code (`\d`). */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}
