// Inputs no article has but a generated or pasted file can, each built at a size `n`: the property
// tests use them small, the scaling benchmark at the sizes that once crashed or stalled newslint,
// each process held to the memory goal below.

/** "A small multiple of the input": a process's peak memory within this base plus this many bytes per byte of input. */
export const BASE_MB = 100
export const BYTES_PER_BYTE = 60

/** The memory goal for a process that lints `bytes` of input, in MB. */
export function memoryGoalMb(bytes: number): number {
  return BASE_MB + (BYTES_PER_BYTE * bytes) / 1024 / 1024
}

/** A `node -e` program that runs the program named by argv[1] and writes its process's peak memory (KB) to standard error on the way out. */
export const WITH_PEAK_MEMORY = `process.on('exit', () => process.stderr.write('\\npeak ' + process.resourceUsage().maxRSS + '\\n')); import(require('node:url').pathToFileURL(process.argv[1]).href)`

export interface Shape {
  name: string
  make: (n: number) => string
  /** The size that once crashed or stalled newslint. */
  big: number
  /** Options the benchmark runs the command with, beyond the file. */
  args?: string[]
}

export const SHAPES: Shape[] = [
  { name: 'block quotes nested n deep', make: (n) => '> '.repeat(n) + 'Text.\n', big: 5000 },
  { name: 'list items nested n deep on one line', make: (n) => '- '.repeat(n) + 'Punkt.\n', big: 5000 },
  { name: 'list items nested n deep by indentation', make: (n) => lines(n, (i) => ' '.repeat(2 * i) + '- Punkt'), big: 1500 },
  { name: 'one paragraph of n hedges ("angeblich ")', make: (n) => 'angeblich '.repeat(n) + '\n', big: 300_000 },
  { name: 'one sentence of n words', make: (n) => 'Wort '.repeat(n) + 'Ende.\n', big: 62_000 },
  {
    name: 'a table of n rows',
    make: (n) => '| Ort | Wert |\n| --- | --- |\n' + lines(n, (i) => `| Zeile ${i} | ${i * 7} Euro |`),
    big: 50_000
  },
  {
    name: 'n headings with a sentence each',
    make: (n) => lines(n, (i) => `## Überschrift ${i} zum Waffendeal\n\nDer Minister plant angeblich einen Waffendeal ${i}.\n`),
    big: 20_000
  },
  { name: 'n emphasis markers in one paragraph ("*)', make: (n) => '"*'.repeat(n) + '\n', big: 40_000 },
  { name: 'n footnotes', make: (n) => lines(n, (i) => `Satz[^${i}].`) + '\n' + lines(n, (i) => `[^${i}]: Fußnote ${i}.`), big: 8000 },
  { name: 'a file of n sentences (over 10 MB at the big size)', make: (n) => 'Der Minister sagte das am Montag. '.repeat(n), big: 330_000 },
  // Stretches of text without a blank line beyond `MAX_PARAGRAPH_CHARS` are refused; below it each is linted.
  { name: 'one sentence of n one-letter words', make: (n) => 'a '.repeat(n) + 'Ende.\n', big: 60_000 },
  { name: 'one paragraph of n one-word sentences ("Toll! ")', make: (n) => 'Toll! '.repeat(n) + '\n', big: 40_000 },
  { name: 'one line of n characters without a space', make: (n) => 'x'.repeat(n) + '\n', big: 10_000_000 },
  {
    name: 'n short paragraphs',
    make: (n) => lines(n, (i) => `Der Minister sagte am Montag ${i}, das sei gut.\n`),
    big: 60_000
  },
  {
    name: 'n short paragraphs with a link and emphasis',
    make: (n) => lines(n, (i) => `Siehe [Bericht ${i}](https://example.com/${i}) und *betont ${i}* hier.\n`),
    big: 40_000
  },
  { name: 'n block quotes 30 deep, a blank line apart', make: (n) => lines(n, (i) => '> '.repeat(30) + `Zitat ${i}.\n`), big: 20_000 },
  // Each bracket once made the credit-line scan read the rest of the paragraph (60 KB took 70 s).
  { name: 'one paragraph of n opening brackets ("(a ")', make: (n) => '(a '.repeat(n) + '\n', big: 20_000 },
  // Each credit once copied the list of its paragraph's credits before it (3,000 took 0.19 s, 12,000 took 2.1 s).
  { name: 'one paragraph of n bracketed credits ("(APA) ")', make: (n) => '(APA) '.repeat(n) + '\n', big: 40_000 },
  // Each pasted crosshead once searched back to the file's start for a carriage return it never had: 2 MB took 60 s.
  {
    name: 'n crossheads with a notice glued on, a sentence under each',
    make: (n) => lines(n, () => '## Die Reaktionen © 2016 Lokalkurier Verlag\n\nDer Minister sagte das.\n'),
    big: 25_000
  },
  // The markdown parser rewrites its event list for each: 3,000 in 40 KB took 12 s.
  { name: 'n headings underlined with "---"', make: (n) => lines(n, (i) => `Titel ${i}\n---\n`), big: 3000 },
  // Links that never close: the markdown parser's work grows with the square of their number (refused; not in the growth table).
  { name: 'n unclosed links in one paragraph ("[a](")', make: (n) => '[a]('.repeat(n) + '\n', big: 40_000 },
  // The markdown parser reads on from each run to the paragraph's end for one of its length: 700 in 245 KB took 3 s (refused).
  {
    name: 'n runs of backticks, each one longer, in one paragraph',
    make: (n) => Array.from({ length: n }, (_, i) => '`'.repeat(i + 1)).join(' ') + '\n',
    big: 700
  },
  // The markdown parser reads on from each to the paragraph's end for its "-->": 40,000 in 200 KB took 68 s (refused).
  { name: 'n unclosed HTML comments in one paragraph ("<!-- ")', make: (n) => '<!-- '.repeat(n) + '\n', big: 40_000 },
  // Lines of text after a quote's go on inside it; the markdown parser's work grows with their square: 100,000 took over two minutes (refused).
  {
    name: 'a block quote of one line and n lines of text after it',
    make: (n) => '> Zitat\n' + lines(n, () => 'fortgesetzt'),
    big: 100_000
  },
  // The markdown parser reads on from each web address's start to the end of its word: 8,000 in one word took 26 s (refused).
  { name: 'one word of n web addresses ("www.a_")', make: (n) => 'Text ' + 'www.a_'.repeat(n) + '\n', big: 8000 },
  // The markdown parser holds about 9 KB for each until its piece is done: 100,000 in a file parsed whole took 1.5 GB (refused).
  { name: 'n link definitions', make: (n) => lines(n, (i) => `[r${i}]: /${i}` + (i % 20 === 19 ? '\n' : '')), big: 100_000 },
  // The markdown parser holds a kilobyte for each line: 3,000,000 blank lines took 3.7 GB and 90 s (refused).
  { name: 'n blank lines', make: (n) => '\n'.repeat(n) + 'Text.\n', big: 3_000_000 },
  // The YAML parser compared each key with every key before it: 40,000 took 16 s.
  { name: 'frontmatter of n keys', make: (n) => '---\n' + lines(n, (i) => `k${i}: v`) + '---\n\nText.\n', big: 25_000 },
  // Each block's search for control comments once read on to the end of the file: 64,000 took 33 s.
  { name: 'n HTML blocks', make: (n) => lines(n, () => '<div>Kasten</div>\n'), big: 64_000 },
  // Each fix once copied the whole text: 8,000 took 35 s to apply.
  {
    name: 'n straight quotes to fix in one paragraph',
    make: (n) => 'Er sagte, das sei "gut". '.repeat(n) + '\n',
    big: 8000,
    args: ['--fix']
  },
  // Each hedge was once checked against each actor by scanning the whole sentence: 6,000 took 4 s.
  {
    name: 'one sentence of n hedged acts before a closing tag',
    make: (n) => 'Müller will offenbar kommen, '.repeat(n) + 'ist Meier überzeugt.\n',
    big: 6000
  },
  // Each particle after a verb of saying once re-read the words back to the verb for a coordinated verb that takes it: 1,600 took 2.5 s.
  {
    name: 'one sentence of n coordinated words between two verbs of saying, then n of their particles',
    make: (n) => 'Er gab ' + 'und viel '.repeat(n) + 'und gab ' + 'an '.repeat(n) + 'so.\n',
    big: 1000
  },
  // Each "es" and its place once read on to the end of its clause to see whether the verb closed it: 600 in a sentence, repeated over 1.5 MB, took 4.2 s against 2.7 s for 150.
  {
    name: 'one sentence of n sayings ("wie es im Vertrag heißt")',
    make: (n) => 'Wie es im Vertrag heißt '.repeat(n) + 'Ende.\n',
    big: 600
  },
  // Each stated intention's owner before a time word once read back to its clause's start: 400 in a sentence, over 1.5 MB, took 3.8 s against 2.2 s for 100.
  {
    name: 'one sentence of n stated intentions ("nach dem Willen der Regierung Montag")',
    make: (n) => 'nach dem Willen der Regierung Montag '.repeat(n) + 'Ende.\n',
    big: 400
  },
  // Each verb of saying once read on to its clause's end for a particle: 500 in one clause, over 1.5 MB, took 7.9 s against 3.1 s for 125.
  {
    name: 'one clause of n verbs of saying ("Der Mann kam heute nach Hause")',
    make: (n) => 'Der Mann kam heute nach Hause '.repeat(n) + 'Ende.\n',
    big: 500
  },
  // Images nested in each other: 5,000 deep (30 KB) took over 80 s; now refused.
  { name: 'n images nested in each other in one paragraph ("![")', make: (n) => '!['.repeat(n) + 'a' + '](x)'.repeat(n) + '\n', big: 5000 },
  // Closing a quote or list cost the parser its piece's length: 8,000 of these (540 KB) took 80 s.
  {
    name: 'n paragraphs, each under a quote and list 16 deep',
    make: (n) => lines(n, (i) => `${'> - '.repeat(8)}Punkt ${i} sagte er.\n\nAbsatz ${i}.\n`),
    big: 8000
  }
]

function lines(n: number, line: (i: number) => string): string {
  const out: string[] = []
  for (let i = 0; i < n; i++) out.push(line(i))
  return out.join('\n') + '\n'
}
