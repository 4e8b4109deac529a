// The floor of `npm run bench`'s command run: a process that only reads markdown files, parses
// them with remark and splits sentences with parse-latin (remark-retext), and prints nothing.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ParseLatin } from 'parse-latin'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import { unified } from 'unified'

const processor = unified().use(remarkParse).use(remarkRetext, ParseLatin)
const dir = process.argv[2]
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith('.md')) continue
  const text = readFileSync(join(dir, name), 'utf8')
  processor.runSync(processor.parse(text))
}
