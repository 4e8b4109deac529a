// Article text, file names and config values reach a terminal or a CI log. Control characters in
// them would be obeyed there (`ESC ] 0 ; … BEL` sets the window title, `ESC [ 2 J` clears the
// screen, a carriage return overwrites the line), and bidirectional overrides would reorder what
// is shown. newslint prints them as escapes instead: C0 but tab and newline, DEL, C1, and the
// bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\0-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g

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
 */
export function writePrintableJson(value: unknown, write: (text: string) => void): void {
  let pending = ''
  const put = (text: string) => {
    pending += text
    if (pending.length < CHUNK_CHARS) return
    write(pending)
    pending = ''
  }
  putJson(value, '', put)
  write(pending + '\n')
}

/** A value of at most this many items and members in all is written by one `JSON.stringify`: a finding, a source. */
const SMALL_VALUE = 64

function putJson(value: unknown, indent: string, put: (text: string) => void): void {
  // The same text as the walk below, made in native code; a newline stands raw only between members.
  if (sizeWithin(value, SMALL_VALUE) >= 0)
    return put(escapeRawInJson(JSON.stringify(value, null, 2)?.replaceAll('\n', `\n${indent}`) ?? 'null'))
  const plain = hasToJson(value) ? value.toJSON() : value
  if (plain === null || typeof plain !== 'object') return put(escapeRawInJson(JSON.stringify(plain) ?? 'null'))
  const inner = indent + '  '
  if (Array.isArray(plain)) {
    if (plain.length === 0) return put('[]')
    put('[')
    plain.forEach((item: unknown, index) => {
      put(index === 0 ? `\n${inner}` : `,\n${inner}`)
      putJson(item, inner, put)
    })
    return put(`\n${indent}]`)
  }
  // As JSON.stringify does: members whose value has no JSON form are left out.
  const members = Object.entries(plain).filter(([, member]) => !hasNoJson(member))
  if (members.length === 0) return put('{}')
  put('{')
  members.forEach(([key, member], index) => {
    put(`${index === 0 ? '\n' : ',\n'}${inner}${escapeRawInJson(JSON.stringify(key))}: `)
    putJson(member, inner, put)
  })
  put(`\n${indent}}`)
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
