import { Transform } from 'node:stream'

const HEADER_END = Buffer.from('\r\n\r\n')

/**
 * Passes the client's bytes on cut after every header block. The protocol reader drops a header
 * without a length and then waits for the next chunk: without the cuts, valid messages behind a
 * malformed one in the same chunk would sit unread until the client sent something else.
 */
export function cutAfterHeaders(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let start = 0
      for (let end = chunk.indexOf(HEADER_END); end >= 0; end = chunk.indexOf(HEADER_END, start)) {
        this.push(chunk.subarray(start, end + HEADER_END.length))
        start = end + HEADER_END.length
      }
      if (start < chunk.length) this.push(chunk.subarray(start))
      done()
    }
  })
}
