import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { splitSentences } from '../src/engine/sentences.js'
import { analyze } from '../src/engine/analyze.js'
import type { Lang } from '../src/engine/model.js'

const split = (text: string, lang: Lang = 'de') => analyze('t.md', text, { lang }).sentences.map((sentence) => sentence.text)

// A wrong split breaks attribution later: Konjunktiv I and quotes carry sources across sentences.
describe('German sentence splitting', () => {
  it.each([
    [
      'abbreviations in running text',
      'Das gilt z. B. für Dr. Müller und u. a. für Nr. 5 bzw. ca. 30 Leute. Danach kam Prof. Dr. Anna Schmid.',
      2
    ],
    ['dates and ordinals', 'Am 5. Februar kam er. Vom 10. bis 13. September tagt das Forum. Im 19. Jahrhundert war das anders.', 3],
    ['a football club and a match day', 'Der 1. FC Köln gewann am 3. Spieltag mit 2:1. Das war knapp.', 2],
    ['abbreviated first names', 'J. F. Kennedy kam nach Berlin. Er blieb.', 2],
    ['Sankt and Millionen', 'Die St. Petersburger Polizei ermittelt. Er zahlte 3 Mio. Euro.', 2],
    ['numbers with separators', 'Die Zahl stieg um 3,5 Prozent auf 1.200 Fälle. Er kam um 20.45 Uhr an.', 2],
    ['questions and exclamations', 'Wer kommt? Niemand! Gut so.', 3]
  ])('%s', (_, text, count) => {
    expect(split(text)).toHaveLength(count)
  })

  it('splits off crossheads glued to a sentence in a plain-text article, and nothing in a short paragraph', () => {
    const body =
      'Die Regierung tagte. Sie beriet lange. Es ging um Geld. Die Länder stimmten zu. Der Bund zahlt. Die Opposition schwieg. Das Gesetz kommt.'
    expect(split(`${body} Automatische Obergrenze Für Doskozil ergeben sich die Zahlen.`).slice(-2)).toEqual([
      'Automatische Obergrenze',
      'Für Doskozil ergeben sich die Zahlen.'
    ])
    expect(split(`${body} Spaltpilz Gentechnik Die Regeln bleiben streng.`).slice(-2)).toEqual([
      'Spaltpilz Gentechnik',
      'Die Regeln bleiben streng.'
    ])
    expect(split(`${body} Spaltpilz Gentechnik · Kompliziert wird es bei der Gentechnik.`).slice(-2)).toEqual([
      'Spaltpilz Gentechnik',
      '· Kompliziert wird es bei der Gentechnik.'
    ])
    // A capitalised article in a name after a verb is no crosshead.
    expect(split(`${body} Das schreibt Die Zeit am Montag.`).slice(-1)).toEqual(['Das schreibt Die Zeit am Montag.'])
    expect(split('Automatische Obergrenze Für Doskozil ergeben sich die Zahlen.')).toHaveLength(1)
  })

  // Shaped like crossheads and sentences of the shared corpus, where the crawl lost line breaks and quote marks.
  const article =
    'Die Regierung tagte. Sie beriet lange. Es ging um Geld. Die Länder stimmten zu. Der Bund zahlt. Die Opposition schwieg. Das Gesetz kommt.'
  const last = (sentence: string, count = 1) => split(`${article} ${sentence}`).slice(-count)

  it.each([
    ['a noun phrase', 'Kleinstmöglicher Nenner Auch hinsichtlich der Redezeiten gibt es Streit.', 'Kleinstmöglicher Nenner'],
    ['a noun phrase with its article', 'Ein Brief Der SZ sagte Beckenbauer, er habe abgesagt.', 'Ein Brief'],
    ['a headline clause without articles', 'Öbib prüft Einstieg Die Bewertung des Marktes habe bereits zugelegt.', 'Öbib prüft Einstieg'],
    [
      'a headline clause closed by its participle',
      'Bezirksnamen sollen nicht geändert werden Bei den Bezirken gibt es keinen Grund.',
      'Bezirksnamen sollen nicht geändert werden'
    ],
    ['a headline clause ending in its verb', 'Zeit drängt Allerdings drängt die Zeit.', 'Zeit drängt'],
    [
      'a phrase with a preposition',
      'Plan B zur Einführung einer Parallelwährung Dieser Plan hätte geholfen.',
      'Plan B zur Einführung einer Parallelwährung'
    ],
    ['a phrase opened by an adverb', 'Auch im Krankenstand Laut der Umfrage arbeiten viele weiter.', 'Auch im Krankenstand'],
    ['a question word with its verb', 'Wie es weitergeht Im Herbst entscheidet der Rat.', 'Wie es weitergeht']
  ])('keeps a glued crosshead that reads as a title: %s', (_, sentence, crosshead) => {
    expect(last(sentence, 2)[0]).toBe(crosshead)
  })

  it.each([
    ['an article and its adjective wanting their noun', 'Der wendige Von Miller ist einer der besten Quarterback-Jäger der NFL.'],
    ['a noun that announces a title', 'Unter dem Titel Der Hexer und das kleinere Übel erschien die Geschichte.'],
    ['a noun that announces a quoted sentence', 'Den Satz Wenn möglich, arbeite ich auch, wenn ich krank bin, bejahten 60 Prozent.'],
    ['the last part of a compound that announces a title', 'Der siebente Star Wars-Film Das Erwachen der Macht ging leer aus.'],
    ['an auxiliary right after its subject', 'Sie habe Er hat nichts getan geschrien.'],
    ['a copula right after its subject', 'Kernfragen seien Wie schlagen sich Politiker im echten Leben?'],
    [
      'an auxiliary with an article: a sentence, not a headline',
      'Während einer Neujahrsfeier sollen die Ärzte An Hyong-chan und Chol Ri-mun verschwunden sein.'
    ],
    ['a conjunction joining the sentence before', 'Und fragt etwa Wie rechtfertigte die Journalistin ihr Vorgehen?'],
    ['a question word still without its verb', 'Wo in Österreich Die Tagespresse punkten kann, gewinnen in Deutschland andere.']
  ])('splits nothing off where the words before a capital opener are no title: %s', (_, sentence) => {
    expect(last(sentence)).toEqual([sentence])
  })

  it('keeps datelines with their first sentence', () => {
    expect(split('Wien – Die Gewerkschaft sieht Handlungsbedarf. Berlin (dpa) – Der Bundestag hat entschieden.')).toEqual([
      'Wien – Die Gewerkschaft sieht Handlungsbedarf.',
      'Berlin (dpa) – Der Bundestag hat entschieden.'
    ])
  })

  it('ends a quote with its closing mark, „…“ and "…"', () => {
    expect(split('Er sagte: „Wir gehen.“ Dann ging er. Sie meinte: "Das reicht." Und blieb.')).toEqual([
      'Er sagte: „Wir gehen.“',
      'Dann ging er.',
      'Sie meinte: "Das reicht."',
      'Und blieb.'
    ])
  })

  it('keeps a quote and its speaker together when a comma follows the closing mark', () => {
    expect(split('„Sie setzen große Hoffnungen auf Kim.“, erklärt Anton Gerashchenko. Er teilte ein Video.')).toEqual([
      '„Sie setzen große Hoffnungen auf Kim.“, erklärt Anton Gerashchenko.',
      'Er teilte ein Video.'
    ])
  })

  it('splits English with its own abbreviations', () => {
    expect(split('Mr. Smith told reporters on Tuesday. The U.S. government declined to comment. Gov. Brown said no.', 'en')).toHaveLength(3)
    // AP datelines abbreviate the state.
    expect(split('KEATON BEACH, Fla. (AP) — Hurricane Idalia slammed into Florida on Wednesday. Power is out.', 'en')).toHaveLength(2)
  })

  it('gives offsets that point at the sentence in the file', () => {
    const text = '# Titel\n\nErster Satz hier. Zweiter **fetter** Satz.\n'
    const article = analyze('t.md', text)
    for (const sentence of article.sentences) expect(text.slice(sentence.start, sentence.end).replace(/\*/g, ' ')).toBe(sentence.text)
    expect(article.sentences.map((sentence) => sentence.text)).toEqual(['Titel', 'Erster Satz hier.', 'Zweiter   fetter   Satz.'])
  })

  const quotedWords = (text: string) =>
    analyze('t.md', text).sentences.flatMap((sentence) =>
      sentence.tokens.filter((token) => token.kind === 'word' && token.quoted).map((token) => token.value)
    )

  it('marks the words inside direct quotes', () => {
    expect(quotedWords('Er sagte: „Das soll so sein.“ Dann soll er gegangen sein.')).toEqual(['Das', 'soll', 'so', 'sein'])
  })

  it('ends a German quote at a straight closing quote, as typed on a German keyboard', () => {
    expect(quotedWords('„Das soll so sein", sagte er. Dann soll er gegangen sein.')).toEqual(['Das', 'soll', 'so', 'sein'])
  })
})

// A long paragraph is parsed in stretches (memory); where every stretch holds sentence ends, the
// sentences must be those of one parse of the whole paragraph.
describe('sentences of a long paragraph, parsed in stretches', () => {
  const pieces = [
    'Der Minister sagte das am Montag.',
    'Das gilt z. B. für Dr. Müller.',
    'am 5. Februar kam er.',
    '„Wir gehen.“',
    ', sagte sie.',
    'Wer kommt?',
    'Niemand!',
    '4. Tomas Walsh (Neuseeland) 21,58.',
    'Die U.S.A. zahlten 3,5 Mio. Euro …',
    '... und dann?',
    'St. Pölten liegt an der Traisen.',
    '– so der Sprecher.',
    '"Nein."',
    '1999 war das anders.',
    'Er kam um 20.45 Uhr an.\n',
    'Gut so!!',
    '😀 Toll.'
  ]
  const spans = (text: string, stretch: number) =>
    splitSentences(text, 0, text.length, 'de', stretch).map(({ start, end, tokens }) => [start, end, tokens.length])

  it('gives the sentences of one parse wherever each stretch holds three sentence ends', () => {
    const stretch = 240
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 20, maxLength: 120 }),
        fc.constantFrom(' ', '  ', '\n'),
        (chosen, gap) => {
          const text = chosen.join(gap)
          const whole = splitSentences(text, 0, text.length, 'de', Infinity)
          // Where sentences run long, a stretch may hold fewer than three ends and is cut at a space instead.
          fc.pre(whole.every((sentence, i) => sentence.end - (i > 0 ? whole[i - 1].end : 0) < stretch / 4))
          expect(spans(text, stretch)).toEqual(spans(text, Infinity))
        }
      ),
      { numRuns: 300 }
    )
  })

  it('cuts a stretch without sentence ends at a space, keeping every word whole', () => {
    const text = 'Wort '.repeat(1000) + 'Ende.'
    const sentences = splitSentences(text, 0, text.length, 'de', 1024)
    expect(sentences.length).toBeGreaterThan(4)
    const words = sentences.flatMap(({ tokens }) => tokens.filter((token) => token.kind === 'word').map((token) => token.value))
    expect(words).toEqual([...Array(1000).fill('Wort'), 'Ende'])
  })
})
