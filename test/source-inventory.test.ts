import { describe, expect, it } from 'vitest'
import { analyze } from '../src/engine/analyze.js'

/** The names `newslint analyze` lists as the article's sources. */
function inventory(text: string): string[] {
  return (analyze('t.md', `${text}\n`).annotations.sourceInventory?.sources ?? []).map((source) => `${source.kind} ${source.name}`)
}

describe('source inventory: sources, not fragments', () => {
  it('lists no abstract noun as a source, unless a body owns it', () => {
    expect(inventory('Vor Gericht beteuerte er, er habe die Drohung nicht ernst gemeint.')).toEqual([])
    expect(inventory('Bei gegenseitigem Interesse, so das Konzept, öffnet sich ein Chat.')).toEqual([])
    expect(inventory('Die Annahme erwies sich als falsch.')).toEqual([])
    expect(inventory('Das geht aus einer Erhebung des Bundeskriminalamts hervor.')).toEqual(['named einer Erhebung des Bundeskriminalamts'])
    expect(inventory('Die Landesregierung teilte mit, die Straße bleibe gesperrt.')).toEqual(['named Die Landesregierung'])
  })

  it('lists no number, amount or date as a source', () => {
    expect(inventory('Ökonomen hatten mit einem Anstieg von 0,5 Prozent gerechnet.')).toEqual(['vague Ökonomen'])
    expect(inventory('Für 2015 wurde in der Vereinbarung von 2012 festgehalten, dass die Pensionen steigen.')).toEqual([])
  })

  it('lists a club whose name ends in two digits, as it lists other clubs', () => {
    expect(inventory('Schalke 04 gab bekannt, dass der Vertrag verlängert wurde.')).toEqual(['named Schalke 04'])
    expect(inventory('Der 1. FC Köln teilte mit, der Trainer bleibe.')).toEqual(['named Der 1. FC Köln'])
  })

  it('lists no sentence adverb that opens with a capital as a source', () => {
    expect(inventory('Zweitens: Es ist ein Bohren dicker Bretter.')).toEqual([])
    expect(inventory('Ähnlich äußerte sich die Gewerkschaft.')).toEqual(['named die Gewerkschaft'])
  })

  it('lists no object as a source, but the subject after the verb and the agent of a passive', () => {
    expect(inventory('Politiker müssen den Menschen die Situation erklären.')).toEqual(['vague Politiker'])
    expect(inventory('Den Kunden entgegenkommen will Oettinger beim Geoblocking.')).toEqual(['named Oettinger'])
    expect(inventory('Der Bericht wurde von den Freiheitlichen dementiert.')).toEqual(['named den Freiheitlichen'])
    expect(inventory('Das Quartal, in dem Analysten mit einem Rückgang rechnen, endet bald.')).toEqual(['vague Analysten'])
  })

  it('takes a noun after a participle phrase for the subject, not the object after the verb', () => {
    // The photos' subject is no source, nor the people after the verb; what circulates on the internet is passed on by no one (labels 222/3).
    expect(inventory('Im Internet kursierende Fotos zeigten blutüberströmte Menschen in einem Hof.')).toEqual(['vague Im Internet'])
    expect(inventory('Am Montag sagte Katzian, der Streik gehe weiter.')).toEqual(['named Katzian'])
    expect(inventory('Im kommenden Herbst will Renzi die Reform vorlegen.')).toEqual(['named Renzi'])
  })
})
