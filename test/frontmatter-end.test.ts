import { describe, expect, it } from 'vitest'
import { frontmatterEnd } from '../src/engine/pieces.js'
import { parseMarkdown } from '../src/engine/parse.js'

// The limits skip what the parser reads as frontmatter: they must agree on where it ends, or
// markdown the parser reads would escape the limits.
describe('where frontmatter ends, as the parser reads it', () => {
  it.each([
    '---\ntitle: A\n---\nText.\n',
    '---\r\ntitle: A\r\n---\r\nText.\r\n',
    '---  \ntitle: A\n--- \t\nText.\n',
    '\uFEFF---\ntitle: A\n---\nText.\n',
    '---\n---\nText.\n',
    '---\ntitle: A\n---',
    '---\ntitle: A\n',
    '---\ntitle: A\n ---\nText.\n',
    '---\ntitle: A\n--- x\n---\n',
    '---\ntitle: A\n----\nText.\n',
    ' ---\ntitle: A\n---\n',
    '---x\ntitle: A\n---\n',
    '---\rtitle: A\r---\rText.\r',
    'Text.\n---\ntitle: A\n---\n'
  ])('%j', (text) => {
    const yaml = parseMarkdown(text).children.find((node) => node.type === 'yaml')
    // The parser drops a byte order mark and counts its offsets without it.
    const bom = text.startsWith('\uFEFF') ? 1 : 0
    expect(frontmatterEnd(text)).toBe(yaml ? yaml.position!.end.offset! + bom : 0)
  })
})
