import { Transform } from 'node:stream'

const HEADER_END = Buffer.from('\r\n\r\n')
// A header ended by line feeds alone: the protocol reader would wait for the next message's end and lose it.
const BARE_HEADER_END = Buffer.from('\n\n')
const CONTENT_LENGTHS = /^content-length:[ \t]*(\d+)[ \t]*$/gim
const NEXT_HEADER = 'content-length:'
/** A header block is a line or two; more bytes without its end are not a header. */
const MAX_HEADER = 64 * 1024
/**
 * The largest message taken: a document of the 10 MB newslint lints, JSON-escaped, with room. The
 * protocol reader holds a message whole before it parses it, and waits for all of it: a length of
 * terabytes would make it deaf to every later message while the memory fills.
 */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024

/**
 * Passes the client's messages on whole and drops what is not one. The protocol reader, given a
 * header without a length, reads the body after it as the start of the next header, and so loses
 * the message after it too: here such a header and everything up to the next `Content-Length`
 * header are dropped, and so is a message longer than `MAX_MESSAGE_BYTES` or one with two
 * different lengths (`dropped` is told). Each header goes on as its length alone, in a chunk of its
 * own, so the reader never waits for more bytes behind a complete message.
 */
export function frameMessages(dropped: (message: string) => void = () => {}): Transform {
  let pending: Buffer = Buffer.alloc(0)
  let bodyLeft = 0
  let skipping = false
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      pending = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk
      for (;;) {
        if (bodyLeft > 0) {
          const body = pending.subarray(0, bodyLeft)
          if (body.length > 0) this.push(body)
          bodyLeft -= body.length
          pending = pending.subarray(body.length)
          if (bodyLeft > 0) break
          continue
        }
        if (skipping) {
          const next = pending.toString('latin1').toLowerCase().indexOf(NEXT_HEADER)
          if (next < 0) {
            pending = pending.subarray(Math.max(0, pending.length - NEXT_HEADER.length))
            break
          }
          pending = pending.subarray(next)
          skipping = false
        }
        const header = headerIn(pending)
        if (header === undefined) {
          skipping = pending.length > MAX_HEADER
          break
        }
        const text = header.toString('latin1')
        const sizes = new Set(Array.from(text.matchAll(CONTENT_LENGTHS), (found) => Number(found[1])))
        // Two lengths that differ leave the body's end unknown: like a header without one, it is dropped.
        const length = sizes.size === 1 ? [...sizes][0] : undefined
        if (length !== undefined && length <= MAX_MESSAGE_BYTES) {
          // The length alone goes on: the protocol reader throws at a header line without a colon after
          // taking the header, and from then on reads every body as the next header.
          this.push(Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'latin1'))
          bodyLeft = length
          pending = pending.subarray(header.length)
          continue
        }
        if (length !== undefined)
          dropped(`newslint: dropped a message of ${length} bytes, more than the ${MAX_MESSAGE_BYTES} a message may have`)
        if (sizes.size > 1) dropped(`newslint: dropped a message with ${sizes.size} different lengths, expected one Content-Length`)
        // A message whose length was too short leaves its last bytes before the next header: start there.
        const next = sizes.size === 0 ? text.toLowerCase().indexOf(NEXT_HEADER, 1) : -1
        pending = pending.subarray(next > 0 ? next : header.length)
        skipping = next < 0
      }
      done()
    }
  })
}

/** The header that opens `pending`, up to the blank line that ends it (also one of bare line feeds); undefined until it is complete. */
function headerIn(pending: Buffer): Buffer | undefined {
  const crlf = pending.indexOf(HEADER_END)
  const lf = pending.indexOf(BARE_HEADER_END)
  if (crlf < 0 && lf < 0) return undefined
  const end = lf >= 0 && (crlf < 0 || lf < crlf) ? lf + BARE_HEADER_END.length : crlf + HEADER_END.length
  return pending.subarray(0, end)
}
