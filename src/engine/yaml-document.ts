import { type Document, isScalar, parseDocument, visit, YAMLParseError } from 'yaml'

/**
 * A YAML text (a config, frontmatter) parsed, with a key repeated in one mapping as its error. The
 * parser's own check compares each key with every key before it, so a config of 40,000 keys took
 * 16 s and one of 440,000 ran for hours; here each mapping's keys are checked in one pass.
 */
export function parseYamlDocument(text: string): Document.Parsed {
  // The parser's warnings would go to standard error as they are, with the text's control characters.
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false, logLevel: 'error' })
  if (document.errors.length > 0) return document
  visit(document, {
    Map(_key, map) {
      const seen = new Set<unknown>()
      for (const { key } of map.items) {
        if (!isScalar(key)) continue
        if (seen.has(key.value)) {
          const at = key.range?.[0] ?? 0
          document.errors.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'))
          return visit.BREAK
        }
        seen.add(key.value)
      }
    }
  })
  return document
}
