import { defineRule, type Related, type Report } from '../src/lint/rule.js'
import type { Article, GapKind, HedgeCue, Lang, Sentence, SentenceSourcing } from '../src/engine/model.js'
import { atLevel, CHECK_SETTING, checkSetting, type CheckSetting } from './shared/check-levels.js'

// Reads the sourcing analysis and the kind of each gap (`annotations.sourcing[].gap`). Each kind
// has its own level: only the kinds an editor always acts on warn by default, every other
// unsourced claim is a suggestion for review. A genre (frontmatter `genre`, or the `genre`
// option) moves kinds: a commentary's own assessments need no source.

type Kind = GapKind | 'noNamedSource'
type KindLevels = Partial<Record<Kind, string>>
type HedgeGap = 'hedged' | 'hearsay' | 'speculation'
const HEDGE_WORDING: Record<HedgeGap, string> = { hedged: 'hedged claim', hearsay: 'claim passed on', speculation: 'speculation' }

const KINDS: Kind[] = ['hedged', 'hearsay', 'speculation', 'reportedSpeech', 'leadClaim', 'noNamedSource', 'lateSource', 'figure', 'event']

/** What each genre needs no source for, on top of the kinds' own levels. */
const GENRE_DEFAULTS: Record<string, KindLevels> = {
  report: {},
  interview: { event: 'off' },
  commentary: { event: 'off', hedged: 'off', lateSource: 'off' },
  review: { event: 'off', hedged: 'off', lateSource: 'off' },
  'match-report': { event: 'off', figure: 'off', lateSource: 'off' }
}

/** An article needs this many claims before "no named source at all" says something about it. */
const MIN_CLAIMS_WITHOUT_NAMED_SOURCE = 4

const SOURCE_EXAMPLES = {
  de: 'name the source ("laut Polizei", "sagte Katzian") or continue reported speech in Konjunktiv I',
  en: 'name the source ("police said", "according to Reuters")'
} as const

const MESSAGES: Record<Exclude<GapKind, HedgeGap>, (lang: Lang) => string> = {
  reportedSpeech: () =>
    'Unexpected reported speech without a speaker in reach, expected who is quoted, named in this sentence or the one before',
  leadClaim: () => 'Unexpected figure or allegation in the lead without a source in the lead, expected who says so before the lead ends',
  lateSource: () => "Unexpected claim whose source comes only after it, expected the source in the claim's own sentence",
  figure: () => 'Unexpected figure without a source, expected who counted, measured or estimated it',
  event: (lang) => `Unexpected claim without a source (an event the writer did not witness), expected who says so: ${SOURCE_EXAMPLES[lang]}`
}

export default defineRule({
  meta: {
    id: 'attribution',
    summary: 'Every claim in an article has a source: named, quoted, or carried over by reported speech.',
    standard:
      'Pressekodex Ziffer 2 (Sorgfalt) asks that the reader can tell where information comes from and that unconfirmed reports are recognisable as such; agency handbooks require attribution for every statement the reporter did not witness.',
    severity: 'warn',
    fixable: false,
    languages: ['de', 'en'],
    defaults: {
      hedged: 'on' as CheckSetting,
      hearsay: 'on' as CheckSetting,
      speculation: 'suggestion' as CheckSetting,
      reportedSpeech: 'suggestion' as CheckSetting,
      leadClaim: 'suggestion' as CheckSetting,
      noNamedSource: 'suggestion' as CheckSetting,
      lateSource: 'suggestion' as CheckSetting,
      figure: 'suggestion' as CheckSetting,
      event: 'suggestion' as CheckSetting,
      /** The genre of articles without a `genre` in their frontmatter. */
      genre: 'report',
      /** Per genre, kinds moved to other levels (over the built-in genre defaults). */
      genres: {} as Record<string, KindLevels>
    },
    schema: {
      hedged: CHECK_SETTING,
      hearsay: CHECK_SETTING,
      speculation: CHECK_SETTING,
      reportedSpeech: CHECK_SETTING,
      leadClaim: CHECK_SETTING,
      noNamedSource: CHECK_SETTING,
      lateSource: CHECK_SETTING,
      figure: CHECK_SETTING,
      event: CHECK_SETTING,
      genre: { type: 'string' },
      genres: { type: 'record', of: { type: 'fields', fields: Object.fromEntries(KINDS.map((kind) => [kind, CHECK_SETTING])) } }
    }
  },
  check(article, context) {
    const levels = kindLevels(article, context.options, context.report)
    const report = (kind: Kind, finding: Report) => {
      const leveled = atLevel({ ...finding, kind }, levels.get(kind)!)
      if (leveled) context.report(leveled)
    }
    const sourcing = article.annotations.sourcing ?? []
    let previous: SentenceSourcing | undefined
    for (const item of sourcing) {
      const sentence = article.sentences[item.sentence]
      if (item.gap) {
        const related = endedSource(article, previous, article.blocks[sentence.block].lang)
        report(item.gap, {
          start: sentence.start,
          end: sentence.end,
          message: messageFor(article, sentence, item.gap),
          ...(related ? { related: [related] } : {})
        })
      }
      if (item.claim) previous = item
    }
    const inventory = article.annotations.sourceInventory
    if (inventory && inventory.claims >= MIN_CLAIMS_WITHOUT_NAMED_SOURCE && inventory.namedClaims === 0) {
      const first = article.sentences.find(
        (sentence) => sentence.text.trim() !== '' && article.blocks[sentence.block].kind !== 'frontmatter'
      )
      if (first)
        report('noNamedSource', {
          start: first.start,
          end: first.end,
          message: `Unexpected article whose ${inventory.claims} claims rest on no named source, expected at least one named source`
        })
    }
  }
})

/** Each kind's level for this article: the genre's (configured, then built in), else the kind's own option. */
function kindLevels(article: Article, options: Record<string, unknown>, report: (finding: Report) => void): Map<Kind, CheckSetting> {
  const configured = options.genres as Record<string, KindLevels>
  const known = new Set([...Object.keys(GENRE_DEFAULTS), ...Object.keys(configured)])
  const written = article.frontmatter?.data.genre
  let genre = String(options.genre)
  if (typeof written === 'string' && known.has(written)) genre = written
  else if (written !== undefined && article.frontmatter) {
    report({
      start: article.frontmatter.start,
      end: article.frontmatter.end,
      message: `Unexpected genre ${JSON.stringify(written)} in the frontmatter, expected one of ${[...known].join(', ')}`
    })
  }
  const levels = new Map<Kind, CheckSetting>()
  for (const kind of KINDS) {
    const value = configured[genre]?.[kind] ?? GENRE_DEFAULTS[genre]?.[kind] ?? options[kind]
    levels.set(kind, checkSetting(value, configured[genre]?.[kind] === undefined ? kind : `genres.${genre}.${kind}`))
  }
  return levels
}

function messageFor(article: Article, sentence: Sentence, gap: GapKind): string {
  const lang = article.blocks[sentence.block].lang
  if (gap !== 'hedged' && gap !== 'hearsay' && gap !== 'speculation') return MESSAGES[gap](lang)
  const hedges = (article.annotations.hedges ?? []).filter(
    (hedge: HedgeCue) => hedge.sentence === sentence.index && !hedge.quoted && !hedge.presumption
  )
  // The cue that gave the gap its kind: a reportative one for hearsay, an epistemic one otherwise.
  const cue = hedges.find((hedge) => (hedge.kind === 'reportative') === (gap === 'hearsay')) ?? hedges[0]
  const question = gap === 'hearsay' ? 'who claims it' : 'whose assessment it is or what it rests on'
  return `Unexpected ${HEDGE_WORDING[gap]} ("${cue?.cue ?? ''}") without a source, expected ${question}, named in this sentence or the one before`
}

/** Right after sourced reported speech, point at the source that stopped carrying over. */
function endedSource(article: Article, previous: SentenceSourcing | undefined, lang: Lang): Related | undefined {
  if (!previous || previous.source === 'none' || previous.source === 'n/a') return undefined
  const origin = article.sentences[previous.from ?? previous.sentence]
  const message =
    lang === 'de'
      ? "The source named here does not carry over: the next sentence is in the indicative, so it reads as the writer's own statement"
      : 'The source named here covers its own sentence, not the next one'
  return { start: origin.start, end: origin.end, message }
}
