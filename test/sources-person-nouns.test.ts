import { describe, expect, it } from 'vitest'
import { sources } from './helpers/sources.js'

// People known by the form of their noun (`personNouns` in lexicons/de/sources.yaml), not by a
// list: nouns no list holds, read where a source stands, and the places where the form misleads.
const vague = (text: string) => sources(text).filter(([kind]) => kind === 'vague')

describe('unnamed people known by the form of their noun', () => {
  it('reads plural forms of people as an unnamed source wherever one stands', () => {
    expect(vague('Die Polizei habe ohne Vorwarnung Tränengas eingesetzt, berichteten Demonstranten.')).toEqual([['vague', 'Demonstranten']])
    expect(vague('Virologen warnen vor einer zweiten Welle.')).toEqual([['vague', 'Virologen']])
    // An institution after them names them, a definite article points back at ones named before.
    expect(vague('Virologen der Universität Wien warnen vor einer zweiten Welle.')).toEqual([])
    expect(vague('Die Virologen warnen vor einer zweiten Welle.')).toEqual([])
  })

  it('reads an agent noun in -er as people only where its form or its verb says so', () => {
    expect(vague('Zwei Verletzte seien ins Spital gebracht worden, sagten Sanitäter.')).toEqual([['vague', 'Sanitäter']])
    expect(vague('Die Lage sei ruhig, sagte ein Bahnarbeiter.')).toEqual([['vague', 'ein Bahnarbeiter']])
    expect(vague('Sanitätern zufolge gab es zwei Verletzte.')).toEqual([['vague', 'Sanitätern']])
    // An adjective capitalised by its place opens the phrase too: at the sentence's start, or after a place.
    expect(vague('Westliche Geheimdienstler sagten, der Angriff sei geplant gewesen.')).toEqual([['vague', 'Westliche Geheimdienstler']])
    expect(vague('Mit einem Gedankenspiel führen US-amerikanische Bahnarbeiter vor Augen, dass es geht.')).toEqual([
      ['vague', 'US-amerikanische Bahnarbeiter']
    ])
    // Alone before a singular verb it may be a surname; beside a name it is part of a list of names.
    expect(vague('Die Lage sei ruhig, sagte Bachmayer.')).toEqual([])
    expect(vague('Faymann, Mitterlehner und Co sehen sich in Flüchtlingskurs bestätigt.')).toEqual([])
  })

  it('reads the reportative "wollen" of an unnamed group as a claim (development labels, row 92)', () => {
    expect(
      vague('Mehr als zwei Milliarden Euro an nicht gedeckten Verbindlichkeiten wollen Bankenprüfer im vergangenen Jahr entdeckt haben.')
    ).toEqual([['vague', 'Bankenprüfer']])
  })

  it('does not read people as a source where the verb finds, acts or has them as its object', () => {
    expect(vague('Bei der Modernisierung der Steckdosen fanden Arbeiter in einer Buchse im Büro einen Abhörchip.')).toEqual([])
    expect(vague('Ein nostalgischer Gewinner fand sich dafür mit Ennio Morricone.')).toEqual([])
    expect(vague('Neue Ausgabe des IS-Magazins "Dabiq" zeigt getötete Ausländer.')).toEqual([])
    expect(vague('Trotz Schocks parierte er die Schikane mit einem lauten Chinakracher.')).toEqual([])
  })

  it('leaves counted people, respondents of a named survey and firms by their trade alone', () => {
    expect(vague('Nur 45 Migranten zeigten sich seit Wochenbeginn bereit, nach Bordeaux zu fahren.')).toEqual([])
    expect(vague('Zumindest gaben das drei von vier Teilnehmer einer Befragung der Arbeiterkammer Niederösterreich an.')).toEqual([])
    expect(vague('Finanzdienstleister meldeten das höchste Ausmaß an Angriffen auf ihre Daten.')).toEqual([])
  })
})
