// NFD umlauts (as macOS file systems and some CMS exports write them) are analysed as NFC,
// while every reported offset still points into the file as it is on disk.

export interface Normalized {
  text: string
  toSource(offset: number): number
}

const identity = (offset: number): number => offset

export function normalizeNfc(source: string): Normalized {
  if (source.normalize('NFC') === source) return { text: source, toSource: identity }
  // Compose one segment (base character plus its marks) at a time, so that each composed
  // character knows where it came from: map[i] is the source offset of text offset i.
  const pieces: string[] = []
  const map: number[] = []
  let s = 0
  while (s < source.length) {
    let segmentEnd = s + 1
    while (segmentEnd < source.length && isCombining(source.charCodeAt(segmentEnd))) segmentEnd++
    const composed = source.slice(s, segmentEnd).normalize('NFC')
    pieces.push(composed)
    for (let k = 0; k < composed.length; k++) map.push(s + Math.min(k, segmentEnd - s - 1))
    s = segmentEnd
  }
  map.push(source.length)
  const text = pieces.join('')
  return { text, toSource: (offset) => map[Math.min(Math.max(offset, 0), text.length)] }
}

// Combining diacritical marks (U+0300–U+036F): the marks NFD uses for umlauts and accents.
function isCombining(code: number): boolean {
  return code >= 0x300 && code <= 0x36f
}
