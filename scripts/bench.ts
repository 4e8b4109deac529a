// `npm run bench`: throughput on the real corpus, scaling on long documents, editor latency,
// command-line startup (`npm run bench -- lsp` for one part).
import { corpusAvailable } from './corpus.js'
import { BENCHMARKS } from './bench/index.js'

if (!corpusAvailable()) {
  console.error('newslint bench: the shared corpus is missing (../shared/corpus/de-news-dev.csv or NEWSLINT_CORPUS)')
  process.exit(2)
}
const only = process.argv[2]
for (const benchmark of BENCHMARKS) {
  if (only && benchmark.name !== only) continue
  for (const line of await benchmark.run()) console.log(line)
  console.log('')
}
