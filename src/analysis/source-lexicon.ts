import { lexicon } from '../lexicon.js'
import type { Lang } from '../model.js'
import { finiteForms } from './german-verbs.js'

/** `lexicons/<lang>/sources.yaml` as written. */
interface SourceLexiconData {
  verbs: string[]
  extraForms: Record<string, string[]>
  before: string[][]
  after: string[][]
  backReferences: string[][]
  clausal: string[]
  vagueHeads: string[]
  vaguePhrases: string[][]
  institutionLinks: string[]
  pronouns: string[]
  nameLinks: string[]
  determiners: string[]
  notSubjects: string[]
  placedSayings: { impersonal: string[][]; places: string[] }
}

/** Extra words a newsroom adds through rule options; merged with the built-in lists. */
export interface SourceExtensions {
  verbs?: string[]
  phrases?: string[]
  vague?: string[]
}

export interface SourceLexicon {
  lang: Lang
  /** Finite verb form → the particles it needs ('' where it stands alone). */
  verbForms: Map<string, Set<string>>
  before: string[][]
  after: string[][]
  backReferences: string[][]
  vaguePhrases: string[][]
  clausal: Set<string>
  vagueHeads: Set<string>
  institutionLinks: Set<string>
  pronouns: Set<string>
  nameLinks: Set<string>
  determiners: Set<string>
  notSubjects: Set<string>
  placedSayings: { impersonal: string[][]; places: Set<string> }
}

const compiled = new Map<string, SourceLexicon>()

function words(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+/).filter(Boolean)
}

/** The source cues of a language, with verb lemmas expanded to their finite forms. */
export function sourceLexicon(lang: Lang, extensions: SourceExtensions = {}): SourceLexicon {
  const key = `${lang}\u0000${JSON.stringify(extensions)}`
  const cached = compiled.get(key)
  if (cached) return cached
  const data = lexicon<SourceLexiconData>(lang, 'sources')
  const verbForms = new Map<string, Set<string>>()
  const addForm = (form: string, particle = '') => {
    const lower = form.toLowerCase()
    const particles = verbForms.get(lower) ?? new Set<string>()
    particles.add(particle)
    verbForms.set(lower, particles)
  }
  for (const verb of [...data.verbs, ...(extensions.verbs ?? [])]) {
    const forms = lang === 'de' ? finiteForms(verb) : []
    // English lists its forms; a German word the morphology lexicon lacks is taken as a form too.
    if (forms.length === 0) addForm(verb)
    for (const form of forms) addForm(form.form, form.particle)
    for (const extra of data.extraForms[verb] ?? []) addForm(extra)
  }
  const result: SourceLexicon = {
    lang,
    verbForms,
    before: [...data.before, ...(extensions.phrases ?? []).map(words)],
    after: data.after,
    backReferences: data.backReferences,
    vaguePhrases: [...data.vaguePhrases, ...(extensions.vague ?? []).map(words).filter((phrase) => phrase.length > 1)],
    clausal: new Set(data.clausal),
    vagueHeads: new Set([...data.vagueHeads, ...(extensions.vague ?? []).map(words).filter((phrase) => phrase.length === 1).map((phrase) => phrase[0])]),
    institutionLinks: new Set(data.institutionLinks),
    pronouns: new Set(data.pronouns),
    nameLinks: new Set(data.nameLinks),
    determiners: new Set(data.determiners),
    notSubjects: new Set(data.notSubjects),
    placedSayings: { impersonal: data.placedSayings.impersonal, places: new Set(data.placedSayings.places) }
  }
  compiled.set(key, result)
  return result
}
