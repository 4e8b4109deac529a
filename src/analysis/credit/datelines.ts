import type { Article, Block, Dateline, Token } from '../../engine/model.js'
import { blockTokens } from '../../engine/select.js'
import type { Registry } from './agencies.js'

// Agency datelines at the head of a paragraph ("Berlin (dpa) –"): the credit of copy that has no end line.

export const DASHES = new Set(['–', '—', '-'])

export function moveDatelines(datelines: Dateline[], by: number, index: number): Dateline[] {
  return datelines.map((dateline) => ({ ...dateline, start: dateline.start + by, end: dateline.end + by, block: index }))
}

/** "Berlin (dpa) –", "LONDON (Reuters) -", "Hamburg (dpa/lno) –": a place, agencies in brackets, a dash. */
export function findDatelines(article: Article, block: Block, registry: Registry): Dateline[] {
  const datelines: Dateline[] = []
  const tokens = blockTokens(article, block).filter((token) => token.kind !== 'whitespace')
  for (let i = 1; i + 3 < tokens.length; i++) {
    if (tokens[i].value !== '(') continue
    const place = placeBefore(tokens, i)
    if (place < 0) continue
    const agencies: string[] = []
    let k = i + 1
    for (; k < tokens.length && k < i + 8; k += 2) {
      const agency =
        registry.byLowerSpelling.get(tokens[k].lower) ?? (agencies.length ? registry.byService.get(tokens[k].lower) : undefined)
      if (!agency || agency.role === 'editorial') break
      if (!agencies.includes(agency.code)) agencies.push(agency.code)
      if (tokens[k + 1]?.value !== '/' && tokens[k + 1]?.value !== ',') break
    }
    if (!agencies.length || tokens[k + 1]?.value !== ')' || !DASHES.has(tokens[k + 2]?.value ?? '')) continue
    let first = placeStart(tokens, place)
    while (first > 1 && tokens[first - 1].value === '/' && isPlace(tokens[first - 2].value)) first = placeStart(tokens, first - 2)
    const start = tokens[first].start
    datelines.push({ start, end: tokens[k + 2].end, block: block.index, place: article.plain.slice(start, tokens[place].end), agencies })
  }
  return datelines
}

// Reuters dates its datelines: "BRUSSELS, Feb 19 (Reuters) -".
const DATELINE_MONTHS = new Set(['jan', 'feb', 'march', 'april', 'may', 'june', 'july', 'aug', 'sept', 'oct', 'nov', 'dec'])

/** The index of the place before the bracket at `open` (over a date such as ", Feb 19"), or -1. */
function placeBefore(tokens: Token[], open: number): number {
  let k = open - 1
  if (
    k >= 3 &&
    /^\d{1,2}$/.test(tokens[k].value) &&
    DATELINE_MONTHS.has(tokens[k - 1].lower.replace(/\.$/, '')) &&
    tokens[k - 2].value === ','
  )
    k -= 3
  // A US state or region after the city: "KEATON BEACH, Fla. (AP) —".
  if (k >= 3 && tokens[k].value === '.' && /^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[k - 1].value) && tokens[k - 2].value === ',') k -= 3
  return k >= 0 && isPlace(tokens[k].value) ? k : -1
}

/** Where the place name before `place` starts: upper-case words ("KEATON BEACH"), or capitalised ones that open the paragraph. */
function placeStart(tokens: Token[], place: number): number {
  let first = place
  while (first > 0 && isUpperCase(tokens[first - 1].value)) first--
  let opening = first
  while (opening > 0 && isPlace(tokens[opening - 1].value)) opening--
  return opening === 0 ? 0 : first
}

function isUpperCase(value: string): boolean {
  return /^\p{Lu}+$/u.test(value) && value.length > 1
}

function isPlace(value: string): boolean {
  return /^\p{Lu}/u.test(value)
}
