import { describe, expect, it } from 'vitest'
import { sources } from './helpers/sources.js'

// The source inventory names sources, not fragments (issue 13): words that stand where a subject
// stands but name no one who can say, decide or publish, by class, each quoting corpus sentences,
// and the named sources beside them the finder must keep.

describe('sources stage, German: capitalised words that name no one', () => {
  it('reads no object pronoun as a speaker', () => {
    expect(sources('Uns mögen manchmal die Headline und der schnittige Sager fehlen.')).toEqual([])
    expect(sources('Diesen wollen die USA im Rahmen von TTIP nicht verhandeln.')).toEqual([['named', 'die USA']])
  })

  it('reads no adverb whose capital only opens the sentence as a speaker', () => {
    expect(sources('Natürlich unterstützt auch eine begeisterte Community mit wachsendem Wiki Einsteiger.')).not.toContainEqual([
      'named',
      'Natürlich'
    ])
    expect(sources('Währenddessen sollen die Täter alte Genehmigungen bereits verendeter Vögel besorgt haben.')).toEqual([
      ['named', 'die Täter']
    ])
    expect(sources('Grundrechtlich betrachtet handelt es sich bei den hier behandelten Regeln um Ausübungsschranken.')).toEqual([])
  })

  it('reads no verb opening the sentence as a speaker, but keeps a noun spelt like a verb', () => {
    expect(sources('Könnte jemand vom Inhalt des Endberichts enttäuscht werden?')).not.toContainEqual(['named', 'Könnte'])
    expect(sources('Ausschließen möchte der 83-Jährige aber nichts.')).toEqual([['named', 'der 83-Jährige']])
    expect(sources('Berichten zufolge beliefen sich diese bis April auf 80 Millionen US-Dollar.')).toEqual([['vague', 'Berichten']])
  })

  it('reads no dateline as the subject of the sentence after its dash', () => {
    expect(sources('Berlin – Der neue Sachsen-Tatort über einen Mord in der Volksmusikszene hat einige Schlagersänger verärgert.')).toEqual(
      []
    )
    // A relative clause after a comma still speaks for the name before it.
    expect(sources('Die EU-Kommission, die Mitte Juli Vorschläge für ein neues Marktdesign präsentiert hatte, will nun handeln.')).toEqual([
      ['named', 'Die EU-Kommission']
    ])
  })
})

describe('sources stage, German: abstract nouns name no one', () => {
  it('knows abstract nouns by more endings (-nis, -ition, -ismus)', () => {
    expect(
      sources(
        'Weil die Ergebnisse zeigten, dass früher mit dem Rauchen begonnen werde, wurde nun auf Jugendliche eingegangen, erläuterte Androsch.'
      )
    ).toEqual([['named', 'Androsch']])
    expect(sources('Die US-Verhandlungsposition laute hier aber so, dass man gegen den Schutz solcher Bezeichnungen sei.')).toEqual([])
  })

  it('keeps surnames that end like an abstract noun', () => {
    expect(
      sources('Gleich nach Bekanntwerden der Anschuldigungen forderte Staatschef Klaus Johannis den Premier zum Rücktritt auf.')
    ).toEqual([['named', 'Staatschef Klaus Johannis']])
  })
})

describe('sources stage, German: labels, things and times beside the name', () => {
  it('reads no label a sentence opens with as a speaker', () => {
    expect(sources('Als Grund nannte die Behörde einen Personalengpass.')).toEqual([['named', 'die Behörde']])
    expect(sources('Das Thema: Flüchtlinge.')).toEqual([])
    expect(sources('Dadurch konnte bei 35 Prozent der Nutzer das Geschlecht festgestellt werden.')).toEqual([])
  })

  it('reads the passive after a modal as a passive: what is found or told is no speaker', () => {
    expect(sources('Die Tatwaffe konnte zunächst nicht gefunden werden.')).toEqual([])
    expect(sources('Konkrete Zahlen sollen Slowenien, Kroatien und Mazedonien mitgeteilt werden.')).toEqual([])
    // The writer's own "muss betont werden" is placed in no body, as "Beim Roten Kreuz wurde betont" is.
    expect(sources('In diesem Zusammenhang muss darauf hingewiesen werden, dass es zwei Varianten gibt.')).toEqual([])
  })

  it('ends a name before a time after it', () => {
    expect(sources('Dennoch soll die Dividende gekürzt werden, teilte der börsennotierte Konzern Mittwochabend mit.')).toEqual([
      ['named', 'der börsennotierte Konzern']
    ])
    expect(sources('Der Prozess werde am Donnerstag eröffnet, berichtete die Bild-Zeitung vom Mittwoch.')).toEqual([
      ['named', 'die Bild-Zeitung']
    ])
  })
})

describe('sources stage, German: the subject, not the object after the verb', () => {
  it('reads the subject before a focus word', () => {
    expect(sources('Wassilew selbst weist alle Anschuldigungen der Untreue und der Bestechung zurück.')).toEqual([['named', 'Wassilew']])
  })

  it('reads a pronoun before the auxiliary as the subject', () => {
    expect(sources('Wir haben die Renovierung des Bataclan entschieden, teilte das Team der Konzerthalle am Mittwoch mit.')).toEqual([
      ['named', 'Wir'],
      ['named', 'das Team der Konzerthalle']
    ])
  })

  it('passes over a time opening the clause to the subject after the auxiliary', () => {
    expect(
      sources(
        'London/Brüssel – Wenige Wochen vor dem Brexit-Referendum hat die EU-Kommission einen britischen Pressebericht zurückgewiesen.'
      )
    ).toContainEqual(['named', 'die EU-Kommission'])
  })

  it('reads an apposed subject past the short name of its body, and a body named with "ohne" whole', () => {
    expect(
      sources(
        'Der Generalsekretär der Industriellenvereinigung (IV), Christoph Neumayer, interpretierte das Wahlergebnis als letzte Chance.'
      )
    ).toEqual([['named', 'Der Generalsekretär der Industriellenvereinigung (IV), Christoph Neumayer']])
    expect(sources('Insgesamt unterstützt Ärzte ohne Grenzen in Syrien mehr als 150 Krankenhäuser.')).toEqual([
      ['named', 'Ärzte ohne Grenzen']
    ])
  })
})
