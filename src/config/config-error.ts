/** A broken config: one line naming the file and, where known, the key. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string | undefined,
    detail: string
  ) {
    super(`${file}${key ? ` (${key})` : ''}: ${detail}`)
  }
}
