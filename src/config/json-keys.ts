// JSON.parse keeps the last of two equal keys without a word, so a config's second "rules" would
// silently drop its first (YAML configs refuse them). Written here: a scan of already valid JSON
// needs only strings, brackets and colons, and jsonc-parser's ES module build does not load in Node.

/**
 * The first key that an object of valid JSON `text` holds twice, with its line (1-based);
 * undefined if none. With `within`, only in the value of that top-level key (a package.json's
 * `newslint`), or that key itself twice.
 */
export function duplicateJsonKey(text: string, within?: string): { key: string; line: number } | undefined {
  // One entry per open bracket: the keys seen so far of an object, undefined for an array.
  const open: Array<Set<string> | undefined> = []
  let line = 1
  let lastString = ''
  let topKey = ''
  for (let at = 0; at < text.length; at++) {
    const char = text[at]
    if (char === '"') {
      const start = at
      for (at++; text[at] !== '"'; at++) if (text[at] === '\\') at++
      lastString = text.slice(start, at + 1)
    } else if (char === '{') open.push(new Set())
    else if (char === '[') open.push(undefined)
    else if (char === '}' || char === ']') open.pop()
    else if (char === '\n') line++
    else if (char === ':') {
      const keys = open[open.length - 1]
      const key = JSON.parse(lastString) as string
      if (open.length === 1) topKey = key
      if (keys?.has(key) && (within === undefined || topKey === within)) return { key, line }
      keys?.add(key)
    }
  }
  return undefined
}
