// GFM finds web addresses in running text ("www.example.com", "https://…"). The markdown parser
// reads on from each start of one to the end of its word, and for each punctuation mark in an
// address looks ahead for whether only punctuation follows (then the mark is not part of it). So
// a word costs its address starts times its length, plus the square of each run of punctuation
// in it; words without a start cost nothing here.

/** The punctuation GFM may leave off the end of a web address. */
const TRAILING = new Set([...'!"\')*,.:;?]_~'].map((char) => char.charCodeAt(0)))

export interface WebAddressWork {
  /** The whole file's work, summed over its words. */
  work: number
  /** The costliest word: its length and line. */
  length: number
  line: number
}

/** An upper estimate of the parser's work on the web addresses in `text`; one pass. */
export function webAddressWork(text: string): WebAddressWork {
  const found: WebAddressWork = { work: 0, length: 0, line: 1 }
  let worst = 0
  let line = 1
  let wordStart = 0
  let starts = 0
  let run = 0
  let squares = 0
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 32
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 60) {
      const work = starts * (at - wordStart) + squares + run * run
      if (starts > 0 && work > worst) {
        worst = work
        Object.assign(found, { length: at - wordStart, line })
      }
      if (starts > 0) found.work += work
      if (code === 10) line++
      wordStart = at + 1
      starts = squares = run = 0
      continue
    }
    if (TRAILING.has(code)) run++
    else {
      squares += run * run
      run = 0
    }
    if (((code | 32) === 119 && startsWww(text, at)) || (code === 58 && text.startsWith('//', at + 1))) starts++
  }
  return found
}

/** "www." in any case at `at`. */
function startsWww(text: string, at: number): boolean {
  return (text.charCodeAt(at + 1) | 32) === 119 && (text.charCodeAt(at + 2) | 32) === 119 && text.charCodeAt(at + 3) === 46
}
