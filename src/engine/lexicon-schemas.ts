import type { Schema } from './schema.js'

// The shape of every lexicon file, by name (`common/<name>` where the common file differs from the
// languages'). The build refuses a lexicon with an unknown key or a wrong type, naming file and
// key, so a mistyped key ("notBefor") cannot silently switch a feature off; keys are optional, as
// a language lacks what it does not need (English has no "es heißt").

const WORDS: Schema = { type: 'strings' }
const TEXT: Schema = { type: 'string' }
const PHRASES: Schema = { type: 'list', of: WORDS }
const list = (of: Schema): Schema => ({ type: 'list', of })
const fields = (shape: Record<string, Schema>): Schema => ({ type: 'fields', fields: shape })
/** Keys that each hold a word list. */
const wordFields = (...keys: string[]): Record<string, Schema> => Object.fromEntries(keys.map((key) => [key, WORDS]))
const wordLists = (...keys: string[]): Schema => fields(wordFields(...keys))
const HEDGE_KIND: Schema = { type: 'enum', values: ['reportative', 'epistemic'] }
const PASTED_KIND = wordLists('opens', 'contains', 'is')

const LEXICON_SCHEMAS: Readonly<Record<string, Schema>> = {
  'common/agencies': list(
    fields({
      code: TEXT,
      name: TEXT,
      spellings: WORDS,
      country: TEXT,
      lang: TEXT,
      role: { type: 'enum', values: ['wire', 'press-release', 'editorial'] },
      creditWhenCited: { type: 'boolean' },
      services: list(fields({ code: TEXT, region: TEXT, verified: { type: 'boolean' } }))
    })
  ),
  'common/pasted': fields({ networks: WORDS, outlets: WORDS, postLinks: list(fields({ host: WORDS, path: TEXT })), embedMedia: WORDS }),
  pasted: fields({
    teaser: PASTED_KIND,
    boilerplate: wordLists('opens', 'contains', 'containsPromoting', 'containsOwnVoice', 'is', 'timed', 'noticeWords'),
    embed: wordLists('opens', 'contains', 'containsAddressing', 'is'),
    callToAction: fields({
      ...wordFields(
        'verbs',
        'address',
        'possessives',
        'products',
        'objects',
        'negations',
        'negatedCalls',
        'separable',
        'lettersPage',
        'reportedBy',
        'firstPerson'
      ),
      followed: wordLists('verbs', 'articles', 'ownPeople')
    })
  }),
  abbreviations: wordLists('abbreviations'),
  'function-words': wordLists('words'),
  credit: wordLists(
    'prefixes',
    'reporting',
    'contributed',
    'fillers',
    'notInitials',
    'agencyNouns',
    'citing',
    'citingCompounds',
    'notNames'
  ),
  crossheads: fields({
    minSentences: { type: 'number', min: 1, max: 100 },
    maxWords: { type: 'number', min: 1, max: 100 },
    openers: WORDS,
    articles: WORDS,
    determiners: WORDS,
    titleNouns: WORDS,
    titleNounEndings: WORDS,
    auxiliaries: WORDS,
    coordinators: WORDS,
    subordinators: WORDS
  }),
  konjunktiv: fields({ notVerbs: WORDS, extra: { type: 'record', of: TEXT }, continuations: WORDS }),
  hedges: fields({
    words: list(fields({ cue: TEXT, kind: HEDGE_KIND, inflects: { type: 'boolean' }, notAfter: WORDS })),
    presumption: WORDS,
    phrases: list(
      fields({ cue: TEXT, kind: HEDGE_KIND, notAfter: WORDS, notBefore: WORDS, thenClause: WORDS, gap: { type: 'number', min: 0, max: 3 } })
    ),
    headlinePrefixes: WORDS,
    esHeisst: wordLists('verbs', 'sourceWords', 'definite'),
    wohl: wordLists('notAfter', 'notBefore', 'notInSentence'),
    scheinen: wordLists('forms', 'lightSources', 'past'),
    mag: wordLists('forms', 'infinitives'),
    inference: wordLists('verbs', 'lassen'),
    concessive: wordLists('cues', 'contrasts'),
    notInQuestions: WORDS,
    reputed: wordLists('words', 'candidates'),
    expected: fields({ participle: TEXT, passive: WORDS, notAfter: WORDS, notInClause: WORDS, destinations: WORDS }),
    touted: fields({ participle: TEXT, passive: WORDS, notAfter: WORDS, needs: WORDS }),
    speculative: wordLists(
      'forms',
      'notNextTo',
      'conditions',
      'hypothetical',
      'framed',
      'notAfter',
      'reportedSpeech',
      'speechTagged',
      'supposing',
      'deniedBy',
      'notInSentence',
      'timeClauses',
      'adviceVerbs',
      'dassFrames'
    ),
    modal: fields({
      ...wordFields(
        'soll',
        'will',
        'counterfactual',
        'stateVerbs',
        'normativeSources',
        'presentMarkers',
        'futureMarkers',
        'deadlineWords',
        'timeWords',
        'demandVerbs',
        'questionWords',
        'purposeWords',
        'conditionWords',
        'relativeWords',
        'separablePrefixes',
        'inseparablePrefixes',
        'notParticiples',
        'planAdjectives'
      ),
      reportMarkers: wordLists('words', 'afterNach', 'weak')
    })
  }),
  sources: fields({
    ...wordFields(
      'verbs',
      'clausal',
      'vagueHeads',
      'institutionLinks',
      'pronouns',
      'nameLinks',
      'determiners',
      'notSubjects',
      'groupHeads',
      'collectiveHeads',
      'actVerbs',
      'timeNouns',
      'roleHeads',
      'claimNouns',
      'voicedNouns',
      'claimLinks',
      'hearsayPassives',
      'placedPassives',
      'notForms',
      'wishVerbs',
      'wishLinks',
      'claimModals',
      'perfectAuxiliaries',
      'findingVerbs',
      'placePrefixes',
      'namePrefixes',
      'dayAdverbs',
      'relativePronouns',
      'auxiliaries',
      'anonymousHeads',
      'reportHeads',
      'reportTopics',
      'negations',
      'conjunctions',
      'expertHeads',
      'hearsayAdverbs',
      'viewNouns',
      'definite',
      'infoHeads',
      'ownerLinks',
      'vagueQuantifiers',
      'partitives',
      'possessives',
      'singularDefinite',
      'partOfAll',
      'articlelessReports',
      'actModals',
      'ownerPrefixes',
      'notVague',
      'objectVerbs',
      'stanceWords',
      'focusWords',
      'clauseOpeners',
      'agentLinks',
      'passiveAuxiliaries',
      'notSpeakers',
      'joinedParticles',
      'adverbs',
      'occasionLinks',
      'numerals',
      'demonstratives',
      'degreeWords',
      'objectDeterminers'
    ),
    notSources: wordLists('words', 'endings', 'except'),
    personNouns: wordLists('pluralEndings', 'endings', 'dativeEndings', 'indefinite', 'subjectIndefinite', 'except'),
    notNames: wordLists('words', 'openingEndings'),
    anonymousPlaces: wordLists('links', 'contentLinks', 'notAfter'),
    respondents: wordLists('heads', 'surveys'),
    extraForms: { type: 'record', of: WORDS },
    before: PHRASES,
    sentenceAdverbials: PHRASES,
    emergingFrom: fields({ forms: WORDS, link: TEXT, particle: TEXT }),
    after: PHRASES,
    backReferences: PHRASES,
    intentionPhrases: PHRASES,
    vaguePhrases: PHRASES,
    placedSayings: fields({ impersonal: PHRASES, places: WORDS, origins: WORDS, verbFinal: WORDS }),
    viewHolders: fields({ ...wordFields('prepositions', 'verbs'), groups: PHRASES }),
    heardSayings: list(fields({ ...wordFields('opens', 'links', 'notAfter'), endings: PHRASES })),
    ellipticalSpeakers: wordLists('words', 'before'),
    publicVenues: fields({ venues: PHRASES, passOn: WORDS }),
    subjectReach: wordLists('timeLinks', 'placeLinks', 'officeLinks', 'directionArticles'),
    collectiveVoices: wordLists('links', 'placeLinks', 'plurals', 'impersonal'),
    reactionHolders: wordLists('verbs', 'reactions', 'links', 'targets'),
    pollPlaces: wordLists('links', 'plurals', 'heads'),
    interviewPartners: wordLists('links', 'articles', 'heads')
  }),
  /** What findings say: group (a rule's id), case, and the first line with its reason. */
  suggestions: fields({ vagueSources: list(fields({ phrases: WORDS, wording: TEXT, placeholder: TEXT })) }),
  messages: { type: 'record', of: { type: 'record', of: fields({ message: TEXT, detail: TEXT }) } },
  gaps: fields({ ...wordFields('speculationCues', 'figureWords', 'allegationWords'), leadSentences: { type: 'number', min: 1, max: 20 } }),
  sourcing: fields({
    firstPerson: WORDS,
    analysisMarkers: WORDS,
    accountContinuations: WORDS,
    comparisons: WORDS,
    ownReporting: PHRASES,
    advice: fields({
      subjects: WORDS,
      modals: WORDS,
      passive: fields({ modals: WORDS, auxiliary: TEXT }),
      phrases: PHRASES,
      openings: WORDS
    }),
    demands: wordLists('verbs', 'nouns', 'modals'),
    publicRecord: fields({
      scheduled: wordLists('verbs', 'particles', 'joined', 'times', 'clock'),
      standings: wordLists('units', 'context', 'contextPrefixes'),
      market: wordLists('words', 'endings', 'units'),
      matchStats: wordLists('words', 'countedWords', 'context')
    })
  })
}

/** The schema of `lexicons/<folder>/<name>.yaml`. */
export function lexiconSchema(folder: string, name: string): Schema | undefined {
  const key = [`${folder}/${name}`, ...(folder === 'common' ? [] : [name])].find((candidate) => Object.hasOwn(LEXICON_SCHEMAS, candidate))
  return key === undefined ? undefined : LEXICON_SCHEMAS[key]
}
