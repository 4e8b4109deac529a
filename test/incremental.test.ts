import fc from 'fast-check'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { describe, expect, it } from 'vitest'
import { RULES } from '../rules/index.js'
import type { Config, RuleSetting } from '../src/config/config.js'
import { DocumentAnalysis } from '../src/engine/incremental.js'
import { LimitError } from '../src/engine/limits.js'
import { lintSource } from '../src/lint/lint.js'
import { toDiagnostic } from '../src/lsp/diagnostics.js'
import { article, propertyParameters, proseParagraph } from './helpers/arbitrary-article.js'

// The language server keeps a document's analysis between edits and redoes only what an edit
// changed. Whatever the edits, the diagnostics must be exactly those of a fresh analysis of the
// text they leave.

// A hundred edit sequences per kind of start take tens of seconds on a shared machine.
const LIMIT = 300_000

const CONFIG: Config = {
  rules: new Map<string, RuleSetting>(RULES.map((rule) => [rule.meta.id, { severity: 'error', options: { ...rule.meta.defaults } }])),
  ignore: [],
  files: []
}

const RADWEG = 'Die Stadt plant neue Radwege entlang der Hauptstraße bis zum Jahr 2030.'
const LONG_PARAGRAPH = `${RADWEG} Das sagte der Bürgermeister am Montag. `.repeat(4).trim()
/** Too long for pasted material as a whole: below the article's last paragraph its last item is pasted, above it not. */
const LONG_LIST_ASKING = `- ${RADWEG}\n`.repeat(11) + '- Teilen Sie unsere Meinung.'
/** A post in another language than the article's (which an English paragraph at the top can change). */
const ENGLISH_POST = 'All good in the hood guys, thanks for the messages #tbt https://twitter.com/a/status/1'
const ENGLISH_PARAGRAPH = 'The police said on Monday that there was no danger to residents, a spokesman told reporters.'
/**
 * Paragraphs whose sourcing reaches into the next: a named source with a demand, reported speech
 * that takes it up, a quote and its speaker, the writer's indicative that ends it.
 */
const REPORTED_SPEECH = [
  'Die Polizei forderte am Montag strengere Regeln für Radwege.',
  'Die Polizei nannte am Montag ihre Forderungen.',
  'Die Stadt solle mehr Geld ausgeben.',
  'Die Radwege sollen breiter werden.',
  'Die Lage sei ernst, man habe alles versucht.',
  '„Wir sind bereit für den Umbau“, sagte der Bürgermeister.',
  'Wir haben lange genug gewartet.',
  'Er wurde am Abend befragt.',
  'Der Radweg ist seit Montag vier Kilometer lang.'
]

/** A news article as typed: headline, paragraphs, crossheads, a credit line, blank lines between. */
const newsArticle = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: proseParagraph.map((sentences) => sentences.join(' ')) },
      { weight: 2, arbitrary: fc.constantFrom('## Die Lage am Montag', '# Stadt eröffnet Radweg', 'Mehr zum Thema:') },
      {
        weight: 1,
        arbitrary: fc.constantFrom('dpa/AFP/lko', '(APA)', 'Berlin (dpa) – Die Polizei sagte am Montag, es gebe keine Gefahr.')
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom('- eins\n- zwei', '> „Das ist gut“, sagte er.', '```\ncode\n```', '<!-- newslint-disable -->', '---')
      },
      // Sourcing carried from one paragraph into the next.
      {
        weight: 3,
        arbitrary: fc.array(fc.constantFrom(...REPORTED_SPEECH), { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(' '))
      },
      // Pasted material: what a block's classification depends on besides the block itself.
      { weight: 1, arbitrary: fc.constantFrom(LONG_LIST_ASKING, 'Teilen Sie unsere Meinung.', ENGLISH_POST, ENGLISH_PARAGRAPH) }
    ),
    { minLength: 1, maxLength: 12 }
  )
  .map((blocks) => blocks.join('\n\n') + '\n')

/** What typing inserts: a key, a word, a paragraph split, a heading or credit line, markup that reaches further. */
const typed = fc.constantFrom(
  'x',
  'Polizei ',
  'angeblich ',
  ', sagte ein Sprecher.',
  '\n\n',
  '\n',
  '# ',
  '## Zwischentitel\n\n',
  '\n\ndpa/lko\n',
  '(dpa) – ',
  // An agency cited in a sentence: its own unless a credit line typed around it takes the words.
  'wie die Nachrichtenagentur dpa berichtete. ',
  '„',
  '“',
  '- ',
  '> ',
  '```',
  '<!--',
  '[a]: https://example.org\n',
  '---\n',
  '**',
  `\n\n${LONG_PARAGRAPH}\n\n`,
  `${ENGLISH_PARAGRAPH}\n\n`,
  // What a paragraph carries to the next: a source named, a demand, reported speech, the indicative back.
  ...REPORTED_SPEECH.map((sentence) => `${sentence} `),
  'Er sei ',
  '“, sagte sie. '
)

interface Change {
  /** Where, as a share of the text; `lineStart` moves it to the start of its line (typing at a paragraph's start). */
  at: number
  lineStart: boolean
  remove: number
  insert: string
}

const change: fc.Arbitrary<Change> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  lineStart: fc.boolean(),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 })),
  insert: fc.oneof(typed, fc.constant(''))
})

function apply(text: string, { at, lineStart, remove, insert }: Change): string {
  let offset = Math.floor(at * text.length)
  if (lineStart) offset = text.lastIndexOf('\n', offset - 1) + 1
  return text.slice(0, offset) + insert + text.slice(Math.min(text.length, offset + remove))
}

/** Thrown to stop an analysis, as a key typed while it runs does in the language server. */
class Stopped extends Error {}

/** The diagnostics an editor gets for the text, linted with or without the document's analyses so far. */
function diagnostics(text: string, document?: DocumentAnalysis): unknown {
  try {
    const findings = lintSource('artikel.md', text, CONFIG, document ? { document } : {}).findings
    const editor = TextDocument.create('file:///artikel.md', 'markdown', 1, text)
    return findings.map((finding) => toDiagnostic(editor, finding))
  } catch (error) {
    if (error instanceof LimitError) return error.message
    throw error
  }
}

describe('linting a document as it is edited', () => {
  it.each([
    ['news articles', newsArticle],
    ['generated markdown', article]
  ])(
    'gives after every edit of %s the diagnostics of a fresh analysis',
    (_, start) => {
      fc.assert(
        fc.property(start, fc.array(change, { minLength: 1, maxLength: 8 }), (text, changes) => {
          const document = new DocumentAnalysis()
          diagnostics(text, document)
          for (const next of changes) {
            text = apply(text, next)
            expect(diagnostics(text, document)).toEqual(diagnostics(text))
          }
        }),
        propertyParameters()
      )
    },
    LIMIT
  )

  it(
    'gives the diagnostics of a fresh analysis after analyses stopped half-way by the next edit',
    () => {
      fc.assert(
        fc.property(newsArticle, fc.array(fc.tuple(change, fc.nat(400), change), { minLength: 1, maxLength: 6 }), (text, changes) => {
          // How many more sentences and blocks the analysis under way may look up before a key stops it.
          let budget = Infinity
          const document = new DocumentAnalysis(() => {
            if (budget-- <= 0) throw new Stopped()
          })
          diagnostics(text, document)
          for (const [next, stopAfter, after] of changes) {
            text = apply(text, next)
            budget = stopAfter
            try {
              diagnostics(text, document)
            } catch (error) {
              if (!(error instanceof Stopped)) throw error
            }
            text = apply(text, after)
            budget = Infinity
            expect(diagnostics(text, document)).toEqual(diagnostics(text))
          }
        }),
        propertyParameters()
      )
    },
    LIMIT
  )

  // The rules of a long article take a sixth of its lint: a key typed while they ran waited for them.
  it('stops between rules when the text changed again, and the stop is reported as no rule’s bug', () => {
    let rules = 0
    const stop = () => {
      if (++rules > 2) throw new Stopped()
    }
    expect(() => lintSource('artikel.md', `${RADWEG}\n`, CONFIG, { beforeRule: stop })).toThrow(Stopped)
    expect(rules).toBe(3)
    expect(lintSource('artikel.md', `${RADWEG}\n`, CONFIG, { beforeRule: () => {} }).findings).toEqual(
      lintSource('artikel.md', `${RADWEG}\n`, CONFIG).findings
    )
  })

  it.each([
    [
      'a letter typed in a heading underlined with "---" below a rule',
      `${RADWEG}\n\n---\n\nZweiter Teil\n---\n\nKim soll angeblich Waffen liefern.\n`,
      (text: string) => text.replace('Zweiter Teil', 'Zweiter Teilx')
    ],
    [
      'a letter typed between two rules, the second ending the text',
      `${RADWEG}\n\n---\n\nKim soll angeblich Waffen liefern. Berichten zufolge ist alles geplant.\n\n---\n`,
      (text: string) => text.replace('Kim', 'xKim')
    ]
  ])('reads the blocks after a rule as the body they are when %s', (_, text, edit) => {
    const document = new DocumentAnalysis()
    diagnostics(text, document)
    const edited = edit(text)
    expect(diagnostics(edited, document)).toEqual(diagnostics(edited))
  })

  it.each([
    [
      'a paragraph of the article typed below it',
      `${LONG_PARAGRAPH}\n\n${LONG_LIST_ASKING}\n`,
      (text: string) => `${text}\n${LONG_PARAGRAPH}\n`
    ],
    [
      'a demand dropped from the paragraph before',
      'Die Polizei nannte am Montag ihre Forderungen.\n\nDie Radwege sollen breiter werden.\n',
      (text: string) => text.replace('Forderungen', 'Zahlen')
    ],
    [
      'an English paragraph typed at the top',
      `${LONG_PARAGRAPH}\n\n${LONG_PARAGRAPH}\n\n${ENGLISH_POST}\n`,
      (text: string) => `${ENGLISH_PARAGRAPH.repeat(8)}\n\n${text}`
    ]
  ])('judges an unchanged block afresh when %s changes what it reads', (_, text, edit) => {
    const document = new DocumentAnalysis()
    diagnostics(text, document)
    const edited = edit(text)
    expect(diagnostics(edited, document)).toEqual(diagnostics(edited))
  })

  it('analyses a document too long to keep afresh each time, with a fresh analysis’s diagnostics, stoppable before each sentence', () => {
    let lookups = 0
    const document = new DocumentAnalysis(() => void lookups++, false)
    const text = `${LONG_PARAGRAPH}\n\n${LONG_LIST_ASKING}\n`
    expect(diagnostics(text, document)).toEqual(diagnostics(text))
    expect(lookups).toBeGreaterThan(lintSource('artikel.md', text, CONFIG).article.sentences.length)
    const edited = `Heute ${text}`
    expect(diagnostics(edited, document)).toEqual(diagnostics(edited))
  })

  it('judges every sentence afresh when the newsroom’s words change between analyses, and again when they change back', () => {
    const cheered = 'Der Konzern zahlt angeblich fünf Prozent mehr Lohn, jubelte die Gewerkschaft.'
    const text = `${LONG_PARAGRAPH}\n\n${cheered}\n\n${cheered} ${RADWEG}\n`
    const jubeln: Config = { ...CONFIG, vocabulary: { de: { verbs: ['jubeln'] } } }
    const document = new DocumentAnalysis()
    const findings = (config: Config, given?: DocumentAnalysis) =>
      lintSource('artikel.md', text, config, given ? { document: given } : {}).findings
    expect(findings(jubeln)).not.toEqual(findings(CONFIG))
    for (const config of [CONFIG, jubeln, jubeln, CONFIG, jubeln]) expect(findings(config, document)).toEqual(findings(config))
  })

  // The headline check compares the title with every sentence of the body, whose words it keeps between edits.
  it('compares the headline with the body’s sentences as they stand after each edit', () => {
    const title = '# Kim plant Waffendeal mit Putin\n\n'
    const hedged = 'Kim plant angeblich einen Waffendeal mit Putin.'
    const text = `${title}Der Kreml schwieg am Montag.\n\n${hedged}\n`
    const headlineFindings = (source: string) =>
      lintSource('artikel.md', source, CONFIG).findings.filter((finding) => finding.ruleId === 'hedge' && finding.line === 1).length
    const document = new DocumentAnalysis()
    diagnostics(text, document)
    const edits = [
      (source: string) => source.replace('Der Kreml', 'Heute Der Kreml'),
      (source: string) => source.replace(' angeblich', ''),
      (source: string) => source.replace('Kim plant einen', 'Kim plant offenbar einen'),
      (source: string) => source.replace('Heute ', '')
    ]
    let edited = text
    const counts = edits.map((edit) => {
      edited = edit(edited)
      expect(diagnostics(edited, document)).toEqual(diagnostics(edited))
      return headlineFindings(edited)
    })
    expect(counts).toEqual([1, 0, 1, 1])
  })

  it('places the findings in an unchanged credit line where typing above moved it', () => {
    const document = new DocumentAnalysis()
    const text = `${LONG_PARAGRAPH}\n\nDpa / AFP/LKO\n`
    diagnostics(text, document)
    expect(diagnostics(`Heute ${text}`, document)).toEqual(diagnostics(`Heute ${text}`))
  })
})
