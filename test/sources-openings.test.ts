import { describe, expect, it } from 'vitest'
import { sources } from './helpers/sources.js'

// Where a source stands in a sentence: after a dateline, after a focus word, after "nach Ansicht
// von", a report introduced with its topic. Sentences from the development labels and from corpus
// articles in no labelled set.
const vague = (text: string) => sources(text).filter(([kind]) => kind === 'vague')

describe('the first words of a sentence after a dateline', () => {
  it('reads an adjective that opens the sentence after the dateline as no name', () => {
    // Labelled vague without the dateline; the dateline changes nothing for the reader.
    const sentence = 'Griechische Medien veröffentlichten Kopien der Flugblätter.'
    expect(vague(sentence)).toEqual([['vague', 'Griechische Medien']])
    expect(vague(`Athen – ${sentence}`)).toEqual([['vague', 'Griechische Medien']])
    expect(vague(`Klosterneuburg/Wien – ${sentence}`)).toEqual([['vague', 'Griechische Medien']])
  })
})

describe('a focus word before the object', () => {
  it('finds the speaker after the verb when the sentence opens with "Genau das"', () => {
    expect(sources('Genau das fordern nun Aktivisten, die sich mit Onlinemobbing und Hetze beschäftigen.')).toEqual([
      ['vague', 'Aktivisten']
    ])
    expect(sources('Genau dieses Szenario wurde seit Monaten penibel vorbereitet.')).toEqual([])
  })
})

describe('the owner after "nach Ansicht von"', () => {
  it('reads the owner after "von" as it reads after a genitive', () => {
    expect(sources('Nach Einschätzung von Sme ist eine Alternative zu Gabčíkovo nicht sehr realistisch.')).toEqual([['named', 'Sme']])
    expect(vague('Nach Ansicht von Juristen ist das Gesetz verfassungswidrig.')).toEqual([['vague', 'Juristen']])
    expect(vague('Nach Ansicht der Juristen des Ministeriums ist das Gesetz verfassungswidrig.')).toEqual([])
  })
})

describe('reports introduced with their topic', () => {
  it('reads "die Berichte über" as reports no one named before', () => {
    expect(
      vague('Seit August sorgen die Berichte über einen Goldzug, möglicherweise mit Raubgold beladen, nicht nur in Polen für Aufregung.')
    ).toEqual([['vague', 'die Berichte']])
  })

  it('reads "die Berichte" alone as the ones named before', () => {
    expect(vague('Die Berichte stellten sich im Nachhinein als richtig heraus.')).toEqual([])
  })
})
