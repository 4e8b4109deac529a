// Helps a labeller: `show DOC` prints a document's SHA-1 and its sentences with offsets (newslint's
// split: check it, labels may use other boundaries); `check` validates every label file.
import { analyze } from '../src/engine/analyze.js'
import { documentText, loadLabelledDocuments, sha1 } from './documents.js'

const [command, document] = process.argv.slice(2)

if (command === 'show' && document) {
  const { path, text } = documentText(document)
  console.log(`document: ${document}\nsha1: ${sha1(text)}\nlength: ${text.length}`)
  const article = analyze(path, text)
  for (const sentence of article.sentences) {
    console.log(
      `[${article.toSource(sentence.start)}, ${article.toSource(sentence.end)}] ${text.slice(article.toSource(sentence.start), article.toSource(sentence.end))}`
    )
  }
} else if (command === 'check') {
  let problems = 0
  for (const { file, labels, text } of loadLabelledDocuments()) {
    const spans = [
      ...(labels.sentences ?? []).flatMap((s) => [s, ...(s.hedges ?? []), ...(s.vague ?? [])]),
      ...(labels.blocks ?? []),
      ...(labels.credit ? [labels.credit] : [])
    ]
    for (const span of spans) {
      if (!(span.start >= 0 && span.end <= text.length && span.start < span.end)) {
        console.log(`${file}: span [${span.start}, ${span.end}] is outside the document or empty`)
        problems++
      }
    }
    for (const sentence of labels.sentences ?? []) {
      for (const hedge of sentence.hedges ?? []) {
        if (text.slice(hedge.start, hedge.end).toLowerCase() !== hedge.cue.toLowerCase()) {
          console.log(`${file}: hedge "${hedge.cue}" at [${hedge.start}, ${hedge.end}] reads "${text.slice(hedge.start, hedge.end)}"`)
          problems++
        }
        if (hedge.start < sentence.start || hedge.end > sentence.end) {
          console.log(`${file}: hedge "${hedge.cue}" lies outside its sentence [${sentence.start}, ${sentence.end}]`)
          problems++
        }
      }
    }
  }
  console.log(problems === 0 ? 'all label files are consistent' : `${problems} problems`)
  process.exitCode = problems === 0 ? 0 : 1
} else {
  console.log('usage: tsx scripts/label-tool.ts show corpus:N | show fixtures/…/file.md | check')
  process.exitCode = 2
}
