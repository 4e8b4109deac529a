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

/** Pretty-printed JSON and a newline, with no raw control character: it parses to the same value. */
export function printableJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (char) => `\\u${hex(char.charCodeAt(0), 4).toLowerCase()}`) + '\n'
}

function hex(code: number, digits: number): string {
  return code.toString(16).toUpperCase().padStart(digits, '0')
}
