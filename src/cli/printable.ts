// Article text, file names and config values reach a terminal or a CI log. Control characters in
// them would be obeyed there (`ESC ] 0 ; … BEL` sets the window title, `ESC [ 2 J` clears the
// screen, a carriage return overwrites the line), and bidirectional overrides would reorder what
// is shown. newslint prints them as escapes instead: C0 but tab and newline, DEL, C1, and the
// bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\0-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g

/**
 * Text for one line of a report or of standard error: a line break is shown as `\x0A` too, so that
 * nothing from input starts a line of its own (in a CI log, `::error::…` at a line's start is a command).
 */
export function printableLine(text: string): string {
  return printable(text).replace(/\n/g, '\\x0A')
}

/**
 * A relative path on a line of its own (the stylish report's file heading): one that a CI log
 * would read as a command (`::error …` on GitHub, `##vso[…]` on Azure Pipelines) is shown as
 * `./::error …`, the same file.
 */
export function printablePathLine(path: string): string {
  const line = printableLine(path)
  return /^[:#]/.test(line) ? `./${line}` : line
}

// JSON.stringify already escapes C0; the rest may stand raw in a JSON string, so escape it as `\u…`.
const RAW_IN_JSON = /[\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g

/** The text with every control character shown as an escape: `\x1B`, `\u202E`. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    const code = char.charCodeAt(0)
    return code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`
  })
}

const CHUNK_CHARS = 1 << 16

/**
 * Pretty-printed JSON and a newline (the text of `JSON.stringify(value, null, 2)`) with no raw
 * control character, handed to `write` in pieces of about 64 KB: a report of tens of megabytes
 * goes out as it is made instead of being held whole, twice over, beside the data it comes from.
 * When `write` returns a promise (the output is full: a pipe read more slowly than it is
 * written), the next piece waits for it, so the pieces are not queued up in memory instead.
 */
export async function writePrintableJson(value: unknown, write: (text: string) => void | Promise<void>): Promise<void> {
  let pending = ''
  for (const piece of jsonPieces(value, '')) {
    pending += piece
    if (pending.length < CHUNK_CHARS) continue
    await write(pending)
    pending = ''
  }
  await write(pending + '\n')
}

/**
 * A value of at most this many items and members in all is written by one `JSON.stringify`: a
 * file's result of hundreds of findings and sources, where the walk below cost more per finding
 * (a generator step and its strings for each member) than the native call for the whole result.
 */
const SMALL_VALUE = 1024

function* jsonPieces(value: unknown, indent: string): Generator<string> {
  // The same text as the walk below, made in native code; a newline stands raw only between members.
  if (sizeWithin(value, SMALL_VALUE) >= 0)
    return yield escapeRawInJson(JSON.stringify(value, null, 2)?.replaceAll('\n', `\n${indent}`) ?? 'null')
  const plain = hasToJson(value) ? value.toJSON() : value
  if (plain === null || typeof plain !== 'object') return yield escapeRawInJson(JSON.stringify(plain) ?? 'null')
  const inner = indent + '  '
  if (Array.isArray(plain)) {
    if (plain.length === 0) return yield '[]'
    yield '['
    for (const [index, item] of plain.entries()) {
      yield index === 0 ? `\n${inner}` : `,\n${inner}`
      yield* jsonPieces(item, inner)
    }
    return yield `\n${indent}]`
  }
  // As JSON.stringify does: members whose value has no JSON form are left out.
  const members = Object.entries(plain).filter(([, member]) => !hasNoJson(member))
  if (members.length === 0) return yield '{}'
  yield '{'
  for (const [index, [key, member]] of members.entries()) {
    yield `${index === 0 ? '\n' : ',\n'}${inner}${escapeRawInJson(JSON.stringify(key))}: `
    yield* jsonPieces(member, inner)
  }
  yield `\n${indent}}`
}

/** What is left of `budget` once each item and member inside `value` took one, or -1 when it ran out (or `toJSON` must say). */
function sizeWithin(value: unknown, budget: number): number {
  if (value === null || typeof value !== 'object') return budget
  if (hasToJson(value)) return -1
  for (const member of Array.isArray(value) ? value : Object.values(value)) {
    budget = sizeWithin(member, budget - 1)
    if (budget < 0) return -1
  }
  return budget
}

function hasNoJson(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function'
}

/** Only strings and keys can hold such characters: each is escaped as it is written. */
function escapeRawInJson(json: string): string {
  return json.replace(RAW_IN_JSON, (char) => `\\u${hex(char.charCodeAt(0), 4).toLowerCase()}`)
}

function hex(code: number, digits: number): string {
  return code.toString(16).toUpperCase().padStart(digits, '0')
}
