import { MAX_FILE_BYTES } from '../engine/limits.js'

type Write = (text: string | Uint8Array) => void | Promise<void>

/**
 * Standard input, read only as far as an article may go: past the file limit it is refused
 * anyway, and reading on (from /dev/zero, say) would never end. With `--fix` an editor replaces
 * its buffer with what comes out, so a refused input is handed back whole: what was read, then
 * the rest piece by piece as it arrives, never held in memory.
 */
export class StandardInput {
  private head: Promise<Uint8Array> | undefined
  /** The input past what `read` took, while unread. */
  private rest: AsyncIterator<Uint8Array> | undefined
  private answered = false

  constructor(private readonly source: AsyncIterable<Uint8Array>) {}

  /** The input up to the end or to just past `MAX_FILE_BYTES`, whichever comes first. */
  read(): Promise<Uint8Array> {
    this.head ??= this.readHead()
    return this.head
  }

  /** Write what stands for the input (its fixed text): a refusal after this hands nothing more back. */
  answer(text: string, write: Write): void | Promise<void> {
    this.answered = true
    return write(text)
  }

  /** Write the input unchanged, unless it was answered: what `read` took, then whatever follows it. */
  async passThrough(write: Write): Promise<void> {
    if (this.answered) return
    this.answered = true
    await write(await this.read())
    for (let next = await this.rest?.next(); next && !next.done; next = await this.rest?.next()) await write(next.value)
    this.rest = undefined
  }

  /** Stop reading (what is left unread is not wanted), so the process can end. */
  async close(): Promise<void> {
    await this.rest?.return?.()
    this.rest = undefined
  }

  private async readHead(): Promise<Uint8Array> {
    // Iterating starts the reading: only now, so a run without `--stdin` leaves standard input alone.
    const pieces = this.source[Symbol.asyncIterator]()
    const chunks: Uint8Array[] = []
    let bytes = 0
    while (bytes <= MAX_FILE_BYTES) {
      const next = await pieces.next()
      if (next.done) return Buffer.concat(chunks)
      chunks.push(next.value)
      bytes += next.value.length
    }
    this.rest = pieces
    return Buffer.concat(chunks)
  }
}
