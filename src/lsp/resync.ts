import { Transform } from 'node:stream'

const HEADER_END = Buffer.from('\r\n\r\n')
const CONTENT_LENGTH = /^content-length:[ \t]*(\d+)[ \t]*$/im
const NEXT_HEADER = 'content-length:'
/** A header block is a line or two; more bytes without its end are not a header. */
const MAX_HEADER = 64 * 1024

/**
 * Passes the client's messages on whole and drops what is not one. The protocol reader, given a
 * header without a length, reads the body after it as the start of the next header, and so loses
 * the message after it too: here such a header and everything up to the next `Content-Length`
 * header are dropped. Each header goes on as a chunk of its own, so the reader never waits for
 * more bytes behind a complete message.
 */
export function frameMessages(): Transform {
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
        const end = pending.indexOf(HEADER_END)
        if (end < 0) {
          skipping = pending.length > MAX_HEADER
          break
        }
        const header = pending.subarray(0, end + HEADER_END.length)
        pending = pending.subarray(header.length)
        const length = CONTENT_LENGTH.exec(header.toString('latin1'))
        if (length) {
          this.push(header)
          bodyLeft = Number(length[1])
        } else {
          skipping = true
        }
      }
      done()
    }
  })
}
