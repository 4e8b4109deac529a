import { lexicon } from '../../engine/lexicon.js'
import type { Lang } from '../../engine/model.js'
import { perVocabularyAndLanguage, vocabularyWords } from '../../engine/vocabulary.js'
import { finiteForms, separableParticles } from '../german-verbs.js'

const NO_PARTICLES: ReadonlySet<string> = new Set()

/** `lexicons/<lang>/sources.yaml` as written. */
interface SourceLexiconData {
  verbs: string[]
  actVerbs: string[]
  hearsayPassives?: string[]
  placedPassives?: string[]
  /** Verbs that hope for something rather than hold a view with one of `wishLinks` in their clause ("hoffen auf Signale"). */
  wishVerbs?: string[]
  wishLinks?: string[]
  /** Modals that claim before a perfect infinitive ("will nichts gesehen haben"), and that infinitive's auxiliaries. */
  claimModals?: string[]
  perfectAuxiliaries?: string[]
  /** Verbs of opinion that also find a thing ("fand sich ein Gewinner", "fanden einen Abhörchip"). */
  findingVerbs?: string[]
  extraForms: Record<string, string[]>
  /** Forms the morphology lexicon gives that in news are another word ("äußerst", the adverb). */
  notForms?: string[]
  before: string[][]
  after: string[][]
  backReferences: string[][]
  intentionPhrases?: string[][]
  /** "kurz gesagt": a verb of saying as a sentence adverbial, whose subject is no source. */
  sentenceAdverbials?: string[][]
  /** "geht aus X hervor": the verb's forms, the word before the source, the closing particle. */
  emergingFrom?: { forms: string[]; link: string; particle: string }
  /** "war aus dem Sender zu hören": an opening word, a link where one is listed, the closing words, in one clause. */
  heardSayings?: Array<{ opens: string[]; links: string[]; endings: string[][]; notAfter?: string[] }>
  /** "Andere, sie habe …": a speaker whose verb of saying is left out, with the words that may open its clause. */
  ellipticalSpeakers?: { words: string[]; before: string[] }
  /** "auf Social Media verbreitet": venues of an unnamed public, and the word starts of passing something on in them. */
  publicVenues?: { venues: string[][]; passOn: string[] }
  /** "hieß es in den Hauptstädten", "In Wien hofft man": the links, the links of a bare place, the plural articles after them, the impersonal subject. */
  subjectReach?: { timeLinks: string[]; placeLinks: string[]; officeLinks: string[]; directionArticles: string[] }
  collectiveVoices?: { links: string[]; placeLinks: string[]; plurals: string[]; impersonal: string[] }
  /** "stieß bei jüdischen Lobbygruppen auf Kritik": forms of the verb, the reactions met, the links before their holder, the word before what the reaction is for. */
  reactionHolders?: { verbs: string[]; reactions: string[]; links: string[]; targets: string[] }
  /** "in den Umfragen": the links, the plural articles after them, the heads of polls no one owns. */
  pollPlaces?: { links: string[]; plurals: string[]; heads: string[] }
  /** "sagte er zu einer finnischen Zeitung": the links before the partner, its indefinite articles, the heads of unnamed outlets. */
  interviewPartners?: { links: string[]; articles: string[]; heads: string[] }
  clausal: string[]
  vagueHeads: string[]
  vaguePhrases: string[][]
  institutionLinks: string[]
  timeNouns: string[]
  roleHeads: string[]
  claimNouns: string[]
  voicedNouns: string[]
  claimLinks: string[]
  pronouns: string[]
  nameLinks: string[]
  determiners: string[]
  notSubjects: string[]
  placedSayings: { impersonal: string[][]; places: string[]; origins?: string[]; verbFinal?: string[] }
  anonymousHeads: string[]
  /** "aus Sicherheitskreisen", "gab es Gerüchte, dass …": the links before an informant and after a rumour that make it a source; the acts before a link that make it none. */
  anonymousPlaces?: { links: string[]; contentLinks: string[]; notAfter?: string[] }
  /** "25 Prozent der Befragten": the heads of respondents, and the word parts of a survey that is their source. */
  respondents?: { heads: string[]; surveys: string[] }
  reportHeads: string[]
  /** "die Berichte über einen Goldzug": the link to a report's topic, which introduces the report after a definite article. */
  reportTopics?: string[]
  negations: string[]
  conjunctions: string[]
  expertHeads: string[]
  groupHeads: string[]
  collectiveHeads: string[]
  placePrefixes: string[]
  namePrefixes: string[]
  dayAdverbs: string[]
  relativePronouns: string[]
  auxiliaries: string[]
  hearsayAdverbs: string[]
  viewNouns: string[]
  definite: string[]
  infoHeads: string[]
  /** "Polizeiangaben": bodies that a compound of an information noun names. */
  ownerPrefixes?: string[]
  /** "viele ihrer Berichte": possessives that make a group someone's named before. */
  possessives?: string[]
  /** "so der Experte": articles of one person the text introduced before. */
  singularDefinite?: string[]
  /** "die meisten": quantifiers that leave a part unnamed after a definite article too. */
  partOfAll?: string[]
  /** "laut Bericht": reports that with no article are the one the text named. */
  articlelessReports?: string[]
  /** "Militärexperten sollen … untersuchen": modals of a task, before which experts act. */
  actModals?: string[]
  ownerLinks: string[]
  vagueQuantifiers: string[]
  partitives: string[]
  notVague: string[]
  objectVerbs: string[]
  stanceWords: string[]
  focusWords: string[]
  /** Subordinators that open a sentence before its subject ("Wobei eine der Zeuginnen sagt"). */
  clauseOpeners?: string[]
  agentLinks: string[]
  passiveAuxiliaries: string[]
  /** "Für Schultes ist es …": the preposition, the verbs after its holder; `groups` stand alone anywhere ("kam für viele überraschend"). */
  viewHolders: { prepositions: string[]; verbs: string[]; groups?: string[][] }
  notSpeakers: string[]
  /** Abstract nouns, amounts and times: no one who speaks ("die Drohung", "5 Prozent"). */
  notSources?: { words: string[]; endings: string[]; except: string[] }
  /** Capitalised words that name no one: object pronouns anywhere, adverbs by their ending when they open the sentence. */
  notNames?: { words: string[]; openingEndings: string[] }
  /** Articles of an object, never of a subject ("den", "dem"). */
  objectDeterminers?: string[]
  joinedParticles: string[]
  adverbs: string[]
  occasionLinks?: string[]
  numerals?: string[]
  /** People known by their noun's form: endings that are plural people, agent-noun endings that need a cue, words that only look so. */
  personNouns?: {
    pluralEndings: string[]
    endings: string[]
    dativeEndings: string[]
    indefinite: string[]
    subjectIndefinite: string[]
    except: string[]
  }
  demonstratives?: string[]
  degreeWords: string[]
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
  /** Finite forms of verbs of an act or an intention ("beschloss", "wollen"): no unnamed group speaks through them. */
  actForms: Set<string>
  /** Predicative words of stance ("zufrieden", "überzeugt"): the subject's own view, like an act. */
  stanceForms: Set<string>
  /** Joined finite forms and participles of verbs of hearsay ("vorgeworfen", "nachgesagt"): vague in an agentless passive. */
  hearsayPassiveForms: Set<string>
  /** Participles of verbs of stating whose agentless passive is placed in the body or document that states it ("Beim Roten Kreuz wurde betont"). */
  placedPassiveForms: Set<string>
  /** Joined forms of verbs of hoping, no view with a preposition of their object in the clause ("hofft auf eine Einigung"). */
  wishForms: Set<string>
  wishLinks: Set<string>
  /** Forms of modals that claim before a perfect infinitive ("wollen … entdeckt haben"), not an act. */
  claimModalForms: Set<string>
  perfectAuxiliaries: Set<string>
  /** Joined forms of verbs of opinion that also find a thing ("fanden … einen Abhörchip"). */
  findingForms: Set<string>
  /** The words a phrase verb needs ("infrage" of "infrage stellen"); they stand before a participle at the clause end. */
  phraseWords: Set<string>
  /** German verbs of saying as infinitives: after "werden" they make the future, not the passive. */
  infinitives: Set<string>
  before: string[][]
  after: string[][]
  backReferences: string[][]
  /** The back references as written, words joined by a space ("nach eigenen angaben"). */
  backReferenceNames: Set<string>
  /** "nach den Plänen der ORF-Führung": phrases before the owner of a stated plan or will. */
  intentionPhrases: string[][]
  sentenceAdverbials: string[][]
  emergingFrom?: { forms: Set<string>; link: string; particle: string }
  heardSayings: Array<{ opens: Set<string>; links: Set<string>; endings: string[][]; notAfter: Set<string> }>
  /** "Andere, sie habe …", "wieder andere, …": speakers of a row of testimonies whose verb is left out. */
  ellipticalSpeakers: { words: Set<string>; before: Set<string> }
  /** Venues of an unnamed public ("im Internet", "in sozialen Medien") and the word starts of passing on ("kursier", "zitier"). */
  publicVenues: { venues: string[][]; passOn: string[] }
  /** Voices of many people with no one speaking for them ("in den Hauptstädten"), and "man" holding a view in a place or a collective. */
  /** What the finder reaches past to a verb's subject: a time, a place after the subject, the place of an office. */
  subjectReach: { timeLinks: Set<string>; placeLinks: Set<string>; officeLinks: Set<string>; directionArticles: Set<string> }
  collectiveVoices: { links: Set<string>; placeLinks: Set<string>; plurals: Set<string>; impersonal: Set<string> }
  /** Who meets something with a reaction ("stieß bei Kritikern auf Ablehnung"): the verb's forms, the reactions, the links before the holder. */
  reactionHolders: { verbs: Set<string>; reactions: Set<string>; links: Set<string>; targets: Set<string> }
  /** Polls in general as the place of a finding ("Auch in den Umfragen hat die Regierung keine Mehrheit"). */
  pollPlaces: { links: Set<string>; plurals: Set<string>; heads: Set<string> }
  /** An outlet no one names as the partner a speaker talked to ("sagte der Hacker zu einer finnischen Zeitung"). */
  interviewPartners: { links: Set<string>; articles: Set<string>; heads: Set<string> }
  vaguePhrases: string[][]
  clausal: Set<string>
  vagueHeads: Set<string>
  institutionLinks: Set<string>
  /** Times after an institution link ("am Dienstag", "der vergangenen Jahre"): no body named. */
  timeNouns: Set<string>
  /** Roles that speak for a body ("Sprecher"): vague when the body after them is indefinite. */
  roleHeads: Set<string>
  /** Claims passed on with their content ("Kritik, wonach …"): vague like a report with no owner. */
  claimNouns: Set<string>
  voicedNouns: Set<string>
  claimLinks: Set<string>
  pronouns: Set<string>
  nameLinks: Set<string>
  determiners: Set<string>
  notSubjects: Set<string>
  placedSayings: { impersonal: string[][]; places: Set<string>; origins: Set<string>; verbFinal: Set<string> }
  anonymousHeads: Set<string>
  /** Links that make an anonymous informant a source where it stands; without them (English) it is one anywhere. */
  anonymousPlaces?: { links: Set<string>; contentLinks: Set<string>; notAfter: Set<string> }
  respondents: { heads: Set<string>; surveys: string[] }
  /** Reports and media passed on without an owner, wherever they stand ("bestätigte Berichte, wonach …"). */
  reportHeads: Set<string>
  reportTopics: Set<string>
  negations: Set<string>
  conjunctions: Set<string>
  /** Adverbs that make a verb of saying hearsay ("reportedly called for"): its subject is then no source. */
  hearsayAdverbs: Set<string>
  /** Unnamed experts: a vague source wherever they stand. */
  expertHeads: Set<string>
  /** Unnamed people, groups and ownerless reports ("US-Vertreter", "Aktivisten", "Studien"). */
  groupHeads: Set<string>
  /** Collectives that name no body even after a definite article ("die Behörden", "Die Branche"). */
  collectiveHeads: Set<string>
  /** Places that name no one in a compound ("US-", "EU-"). */
  placePrefixes: Set<string>
  /** Lower-case openings of a name, before a hyphen ("al-Assad"). */
  namePrefixes: Set<string>
  /** "heute, Dienstag,": days a weekday follows between commas inside a clause. */
  dayAdverbs: Set<string>
  /** Words that open a relative clause after a subject. */
  relativePronouns: Set<string>
  /** Auxiliaries and modals that end like an adjective ("haben", "könnten") but never modify a noun. */
  auxiliaries: Set<string>
  /** Estimates and views whose owner follows in the genitive or with "von": "Schätzungen der Experten". */
  viewNouns: Set<string>
  /** Definite determiners: "die Experten" points back at experts named before. */
  definite: Set<string>
  infoHeads: Set<string>
  ownerPrefixes: string[]
  possessives: Set<string>
  singularDefinite: Set<string>
  partOfAll: Set<string>
  articlelessReports: Set<string>
  actModals: Set<string>
  ownerLinks: Set<string>
  vagueQuantifiers: Set<string>
  partitives: Set<string>
  notVague: Set<string>
  objectVerbs: Set<string>
  focusWords: Set<string>
  clauseOpeners: Set<string>
  agentLinks: Set<string>
  /** Auxiliaries of the passive: with one before the verb, the agent ("von der ÖVP") speaks, not the subject. */
  passiveAuxiliaries: Set<string>
  viewHolders: { prepositions: Set<string>; verbs: Set<string>; groups: string[][] }
  notSpeakers: Set<string>
  notSources: { words: Set<string>; endings: string[]; except: string[] }
  notNames: { words: Set<string>; openingEndings: string[] }
  objectDeterminers: Set<string>
  adverbs: Set<string>
  /** Prepositions of the time or occasion after a source ("…, so Ban am Donnerstag in einer Aussendung."). */
  occasionLinks: Set<string>
  /** Numbers in words, counting a part of a group ("zwei von acht Zeugen"). */
  numerals: Set<string>
  /** People known by their noun's form ("Demonstranten", "ein Anwohner"), read as a source only where one stands. */
  personNouns?: {
    pluralEndings: string[]
    endings: string[]
    dativeEndings: string[]
    indefinite: Set<string>
    subjectIndefinite: Set<string>
    except: string[]
  }
  /** Demonstratives that stand alone as a subject pointing back at someone named ("weist diese darauf hin"). */
  demonstratives: Set<string>
  degreeWords: Set<string>
  /** Particles that turn a verb of saying into another verb ("findet … statt"); German only. */
  otherParticles(form: string): ReadonlySet<string>
}

const compiled = new Map<string, SourceLexicon>()

/** A form's particles of other verbs with the `joined` ones, made once per form: every verb of saying found asks. */
function otherParticlesOf(joined: string[]): (form: string) => ReadonlySet<string> {
  const byForm = new Map<string, ReadonlySet<string>>()
  return (form) => {
    let particles = byForm.get(form)
    if (!particles) byForm.set(form, (particles = new Set([...separableParticles(form), ...joined])))
    return particles
  }
}

/** Each word list of an optional lexicon entry as a set; an absent entry or list gives an empty one. */
function wordSets<K extends string>(entry: Partial<Record<K, string[]>> | undefined, ...keys: K[]): Record<K, Set<string>> {
  return Object.fromEntries(keys.map((key) => [key, new Set(entry?.[key])])) as Record<K, Set<string>>
}

function words(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+/).filter(Boolean)
}

/** The language's source lexicon with the newsroom's own verbs of saying, source phrases and vague sources. */
export const newsroomSourceLexicon = perVocabularyAndLanguage((vocabulary, lang): SourceLexicon => {
  const own = (key: 'verbs' | 'sourcePhrases' | 'vagueSources') => vocabularyWords(vocabulary, lang, key)
  return sourceLexicon(lang, { verbs: own('verbs'), phrases: own('sourcePhrases'), vague: own('vagueSources') })
})

/** The source cues of a language, with verb lemmas expanded to their finite forms. */
export function sourceLexicon(lang: Lang, extensions: SourceExtensions = {}): SourceLexicon {
  const key = `${lang}\u0000${JSON.stringify(extensions)}`
  const cached = compiled.get(key)
  if (cached) return cached
  const data = lexicon<SourceLexiconData>(lang, 'sources')
  const verbForms = new Map<string, Set<string>>()
  const phraseWords = new Set<string>()
  const infinitives = new Set<string>()
  const addForm = (form: string, particle = '') => {
    const lower = form.toLowerCase()
    const particles = verbForms.get(lower) ?? new Set<string>()
    particles.add(particle)
    verbForms.set(lower, particles)
  }
  for (const entry of [...data.verbs, ...(extensions.verbs ?? [])]) {
    // "bedenken geben": the verb "geben" with the word it needs in its clause ("gab … zu bedenken").
    const [verb, needed] = entry.includes(' ')
      ? [entry.slice(entry.lastIndexOf(' ') + 1), entry.slice(0, entry.indexOf(' '))]
      : [entry, undefined]
    if (needed) phraseWords.add(needed)
    if (lang === 'de') infinitives.add(verb.toLowerCase())
    const forms = lang === 'de' ? finiteForms(verb) : []
    // English lists its forms; a German word the morphology lexicon lacks is taken as a form too.
    if (forms.length === 0) addForm(verb, needed)
    for (const form of forms) addForm(form.form, needed ?? form.particle)
    for (const extra of data.extraForms[verb] ?? []) addForm(extra, needed)
  }
  for (const word of data.stanceWords) addForm(word)
  for (const word of data.notForms ?? []) verbForms.delete(word)
  // Joined forms only: "stellen" of "stellen … vor" is also the "stellen" of "infrage stellen".
  const joinedForms = (verbs: string[] = []) =>
    new Set(
      verbs.flatMap((verb) =>
        lang === 'de' ? finiteForms(verb).flatMap((form) => (form.particle ? [] : [form.form.toLowerCase()])) : [verb]
      )
    )
  const result: SourceLexicon = {
    lang,
    verbForms,
    actForms: joinedForms(data.actVerbs),
    stanceForms: new Set(data.stanceWords),
    hearsayPassiveForms: joinedForms(data.hearsayPassives),
    placedPassiveForms: joinedForms(data.placedPassives),
    wishForms: joinedForms(data.wishVerbs),
    wishLinks: new Set(data.wishLinks),
    claimModalForms: joinedForms(data.claimModals),
    perfectAuxiliaries: new Set(data.perfectAuxiliaries),
    findingForms: joinedForms(data.findingVerbs),
    phraseWords,
    infinitives,
    // A blank phrase would open a source before every word, with nothing before it to name.
    before: [...data.before, ...(extensions.phrases ?? []).map(words).filter((phrase) => phrase.length > 0)],
    after: data.after,
    backReferences: data.backReferences,
    backReferenceNames: new Set(data.backReferences.map((phrase) => phrase.join(' '))),
    intentionPhrases: data.intentionPhrases ?? [],
    sentenceAdverbials: data.sentenceAdverbials ?? [],
    ...(data.emergingFrom ? { emergingFrom: { ...data.emergingFrom, forms: new Set(data.emergingFrom.forms) } } : {}),
    heardSayings: (data.heardSayings ?? []).map((saying) => ({
      opens: new Set(saying.opens),
      links: new Set(saying.links),
      endings: saying.endings,
      notAfter: new Set(saying.notAfter)
    })),
    publicVenues: { venues: data.publicVenues?.venues ?? [], passOn: data.publicVenues?.passOn ?? [] },
    ellipticalSpeakers: wordSets(data.ellipticalSpeakers, 'words', 'before'),
    subjectReach: wordSets(data.subjectReach, 'timeLinks', 'placeLinks', 'officeLinks', 'directionArticles'),
    collectiveVoices: wordSets(data.collectiveVoices, 'links', 'placeLinks', 'plurals', 'impersonal'),
    reactionHolders: wordSets(data.reactionHolders, 'verbs', 'reactions', 'links', 'targets'),
    pollPlaces: wordSets(data.pollPlaces, 'links', 'plurals', 'heads'),
    interviewPartners: wordSets(data.interviewPartners, 'links', 'articles', 'heads'),
    vaguePhrases: [...data.vaguePhrases, ...(extensions.vague ?? []).map(words).filter((phrase) => phrase.length > 1)],
    clausal: new Set(data.clausal),
    vagueHeads: new Set([
      ...data.vagueHeads,
      ...(extensions.vague ?? [])
        .map(words)
        .filter((phrase) => phrase.length === 1)
        .map((phrase) => phrase[0])
    ]),
    institutionLinks: new Set(data.institutionLinks),
    timeNouns: new Set(data.timeNouns),
    roleHeads: new Set(data.roleHeads),
    claimNouns: new Set(data.claimNouns),
    voicedNouns: new Set(data.voicedNouns),
    claimLinks: new Set(data.claimLinks),
    pronouns: new Set(data.pronouns),
    nameLinks: new Set(data.nameLinks),
    determiners: new Set(data.determiners),
    notSubjects: new Set(data.notSubjects),
    placedSayings: {
      impersonal: data.placedSayings.impersonal,
      places: new Set(data.placedSayings.places),
      origins: new Set(data.placedSayings.origins),
      verbFinal: new Set(data.placedSayings.verbFinal)
    },
    anonymousHeads: new Set(data.anonymousHeads),
    ...(data.anonymousPlaces ? { anonymousPlaces: wordSets(data.anonymousPlaces, 'links', 'contentLinks', 'notAfter') } : {}),
    respondents: { heads: new Set(data.respondents?.heads), surveys: data.respondents?.surveys ?? [] },
    reportHeads: new Set(data.reportHeads),
    reportTopics: new Set(data.reportTopics),
    negations: new Set(data.negations),
    conjunctions: new Set(data.conjunctions),
    expertHeads: new Set(data.expertHeads),
    groupHeads: new Set(data.groupHeads),
    collectiveHeads: new Set(data.collectiveHeads),
    placePrefixes: new Set(data.placePrefixes),
    namePrefixes: new Set(data.namePrefixes),
    dayAdverbs: new Set(data.dayAdverbs),
    relativePronouns: new Set(data.relativePronouns),
    auxiliaries: new Set(data.auxiliaries),
    hearsayAdverbs: new Set(data.hearsayAdverbs),
    viewNouns: new Set(data.viewNouns),
    definite: new Set(data.definite),
    infoHeads: new Set(data.infoHeads),
    ownerPrefixes: data.ownerPrefixes ?? [],
    possessives: new Set(data.possessives),
    singularDefinite: new Set(data.singularDefinite),
    partOfAll: new Set(data.partOfAll),
    articlelessReports: new Set(data.articlelessReports),
    actModals: new Set(data.actModals),
    ownerLinks: new Set(data.ownerLinks),
    vagueQuantifiers: new Set(data.vagueQuantifiers),
    partitives: new Set(data.partitives),
    notVague: new Set(data.notVague),
    objectVerbs: new Set(data.objectVerbs),
    focusWords: new Set(data.focusWords),
    clauseOpeners: new Set(data.clauseOpeners),
    agentLinks: new Set(data.agentLinks),
    passiveAuxiliaries: new Set(data.passiveAuxiliaries),
    viewHolders: {
      prepositions: new Set(data.viewHolders.prepositions),
      verbs: new Set(data.viewHolders.verbs),
      groups: data.viewHolders.groups ?? []
    },
    notSpeakers: new Set(data.notSpeakers),
    notSources: {
      words: new Set(data.notSources?.words),
      endings: data.notSources?.endings ?? [],
      except: data.notSources?.except ?? []
    },
    notNames: { words: new Set(data.notNames?.words), openingEndings: data.notNames?.openingEndings ?? [] },
    objectDeterminers: new Set(data.objectDeterminers),
    adverbs: new Set(data.adverbs),
    occasionLinks: new Set(data.occasionLinks),
    numerals: new Set(data.numerals),
    ...(data.personNouns
      ? {
          personNouns: {
            ...data.personNouns,
            indefinite: new Set(data.personNouns.indefinite),
            subjectIndefinite: new Set(data.personNouns.subjectIndefinite)
          }
        }
      : {}),
    demonstratives: new Set(data.demonstratives),
    degreeWords: new Set(data.degreeWords),
    otherParticles: lang === 'de' ? otherParticlesOf(data.joinedParticles) : () => NO_PARTICLES
  }
  compiled.set(key, result)
  return result
}
