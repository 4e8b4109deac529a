/** Input echoed in a message is cut to this many characters: a rule name of 9 MB made one line of 18 MB. */
const MAX_ECHO = 80

/** A broken config: one line naming the file and, where known, the key. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string | undefined,
    detail: string
  ) {
    super(
      `${file}${key ? ` (${cut(key)})` : ''}: ${detail.replace(/"([^"]*)"/g, (quoted, inner: string) => (inner.length > MAX_ECHO ? `"${cut(inner)}"` : quoted))}`
    )
  }
}

/** The text, or its start and how long it is. */
function cut(text: string): string {
  return text.length <= MAX_ECHO ? text : `${text.slice(0, MAX_ECHO - 1)}… (${text.length} characters)`
}
