// GFM finds web addresses in running text ("www.example.com", "https://…"). The markdown parser
// reads on from each start of one to the end of its word, and for each punctuation mark in an
// address looks ahead for whether only punctuation follows (then the mark is not part of it). So
// a word costs its address starts times its length, plus the square of each run of punctuation
// in it; words without a start cost nothing here, and are not read.

/** Where an address may start, in any case. */
const START = /www\.|:\/\//gi

/** The punctuation GFM may leave off the end of a web address, by character code. */
const TRAILING = new Uint8Array(128)
for (const char of '!"\')*,.:;?]_~') TRAILING[char.charCodeAt(0)] = 1

export interface WebAddressWork {
  /** The whole file's work, summed over its words. */
  work: number
  /** Words with a start of an address. */
  words: number
  /** The costliest word: its work, length and line. */
  worst: number
  length: number
  line: number
}

/** An upper estimate of the parser's work on the web addresses in `text`; linear in its length. */
export function webAddressWork(text: string): WebAddressWork {
  const found: WebAddressWork = { work: 0, words: 0, worst: 0, length: 0, line: 1 }
  let line = 1
  let counted = 0
  START.lastIndex = 0
  for (let match = START.exec(text); match; match = START.exec(text)) {
    let start = match.index
    while (start > 0 && !endsWord(text.charCodeAt(start - 1))) start--
    let end = match.index
    while (end < text.length && !endsWord(text.charCodeAt(end))) end++
    for (; counted < start; counted++) if (text.charCodeAt(counted) === 10) line++
    const work = wordWork(text, start, end)
    found.work += work
    found.words++
    if (work > found.worst) Object.assign(found, { worst: work, length: end - start, line })
    START.lastIndex = end
  }
  return found
}

/** Whitespace and `<` end a word, and with it any address in it. */
function endsWord(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 60
}

function wordWork(text: string, start: number, end: number): number {
  let starts = 0
  let run = 0
  let squares = 0
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code < 128 && TRAILING[code] === 1) run++
    else {
      squares += run * run
      run = 0
    }
    if (((code | 32) === 119 && startsWww(text, at)) || (code === 58 && text.startsWith('//', at + 1))) starts++
  }
  return starts * (end - start) + squares + run * run
}

/** "www." in any case at `at`. */
function startsWww(text: string, at: number): boolean {
  return (text.charCodeAt(at + 1) | 32) === 119 && (text.charCodeAt(at + 2) | 32) === 119 && text.charCodeAt(at + 3) === 46
}
