import { lexicon } from '../../engine/lexicon.js'
import type { Lang } from '../../engine/model.js'
import { PhraseList } from '../phrases.js'
import { agencyRegistry, extendRegistry, type Registry } from '../credit/agencies.js'
import { finiteForms } from '../german-verbs.js'
import { sourceLexicon } from '../sources/lexicon.js'

// The phrase lists of `lexicons/<lang>/pasted.yaml` and `lexicons/common/pasted.yaml`, with the
// phrases a newsroom adds through the options of the rules teaser, boilerplate and embed. Every
// language's lists apply to every article: pasted page furniture comes in the language of the
// site or platform it was copied from ("View this post on Instagram" in a German article).

export type PastedKind = 'teaser' | 'boilerplate' | 'embed'

interface KindPhrases {
  opens?: string[]
  contains?: string[]
  is?: string[]
}

interface LanguageFile {
  teaser: KindPhrases
  boilerplate: KindPhrases & { containsPromoting?: string[]; containsOwnVoice?: string[]; timed?: string[]; noticeWords?: string[] }
  embed: KindPhrases & { containsAddressing?: string[] }
  callToAction: {
    verbs: string[]
    address: string[]
    possessives?: string[]
    products: string[]
    objects: string[]
    negations?: string[]
    negatedCalls?: string[]
    separable?: string[]
    lettersPage?: string[]
    reportedBy?: string[]
    firstPerson?: string[]
    followed?: { verbs: string[]; articles: string[]; ownPeople: string[] }
  }
}

interface CommonFile {
  networks: string[]
  outlets: string[]
  postLinks: Array<{ host: string[]; path: string }>
  embedMedia: string[]
}

export interface KindMatchers {
  opens: PhraseList
  contains: PhraseList
  is: PhraseList
}

export interface PastedLexicon {
  kinds: Record<PastedKind, KindMatchers>
  /** Boilerplate phrases that news prose uses too: pasted only where the text promotes. */
  promotingPhrases: PhraseList
  /** The outlet's desk and pages in its own voice ("unserer Datenschutzerklärung"): pasted only where the sentence also speaks to the reader or calls. */
  ownVoicePhrases: PhraseList
  /** The page's controls that show a duration ("Lesezeit 3 Minuten", "5 min read"), without it. */
  timedLabels: PhraseList
  /** Embed phrases that news prose uses too: pasted only where the text speaks to the reader or stands as a label. */
  addressingPhrases: PhraseList
  /** The words of notices (copyright, consent, newsletter), lower-cased: two in a sentence between pasted ones make it the box's. */
  noticeWords: Set<string>
  ctaVerbs: Set<string>
  ctaAddress: Set<string>
  /** Words that, right after a call's address, make it advice ("Laden Sie keine App …"). */
  ctaNegations: Set<string>
  /** Verbs whose negated call still promotes ("Verpassen Sie keine News"). */
  ctaNegatedCalls: Set<string>
  /** A speaker's own "mir", "me": an interviewee's call in an answer. */
  ctaFirstPerson: Set<string>
  /** A call to follow one the article names (see `followed` in pasted.yaml): its verbs, the articles that open the one followed, and the outlet's own people. */
  followVerbs: Set<string>
  followArticles: Set<string>
  ownPeople: Set<string>
  /** Separable verbs among the calls: after "jetzt" never finite, so always the call ("Jetzt weiterlesen …"). */
  ctaSeparable: Set<string>
  /** Words naming the newsroom's letters page, whose note calls on readers to write ("Leserbriefe … Schreiben Sie uns an …"). */
  lettersPage: PhraseList
  /** Finite forms of the verbs that report a call after it ("…, bat er", "…, the guide shouted"), lower-cased: the verbs of saying and `reportedBy`. */
  reportingVerbs: Set<string>
  /** What a call to action points at: the outlet's products and voice ("Newsletter", "uns"). */
  ctaObjects: PhraseList
  /** Social networks and platforms, and the outlets: a call to follow names them. */
  ctaPlaces: PhraseList
  /** The outlet's products (newsletter, app, subscription): named with the outlet, self-promotion. */
  products: PhraseList
  /** The same, lower-cased words: after the outlet's possessive ("unserem Wetter-Newsletter"). */
  productWords: Set<string>
  /** The outlet's possessive ("unser", "our"), lower-cased. */
  possessives: Set<string>
  /** Outlet names, matched case-sensitively ("WELT" the outlet, "Welt" the world). */
  outlets: string[]
  /** The agencies whose credit ends a pasted span, the newsroom's own codes among them, as the credit stage reads them. */
  agencies: Registry
  postLinks: CommonFile['postLinks']
  embedMedia: string[]
}

export interface PastedExtras {
  teaser: string[]
  boilerplate: string[]
  embed: string[]
  outlets: string[]
  agencies: string[]
}

export const PASTED_KINDS: readonly PastedKind[] = ['teaser', 'boilerplate', 'embed']

/**
 * A line (normalized) that opens with or holds a phrase of the kind, a consent placeholder's
 * words to the reader for an embed ("An dieser Stelle finden Sie einen externen Inhalt von X, …"):
 * under the kind's label or over its post, the box's own line.
 */
export function isBoxLine(lexicon: PastedLexicon, kind: PastedKind, lower: string): boolean {
  const { opens, contains } = lexicon.kinds[kind]
  const addressing = kind === 'embed' ? lexicon.addressingPhrases.within(lower) : undefined
  return opens.opens(lower) !== undefined || contains.within(lower) !== undefined || addressing !== undefined
}
const LANGS: Lang[] = ['de', 'en']
const built = new Map<string, PastedLexicon>()

/** The lexicon, with the newsroom's extra phrases (matched anywhere in a block). */
export function pastedLexicon(extras: PastedExtras): PastedLexicon {
  const key = JSON.stringify(extras)
  let found = built.get(key)
  if (!found) {
    found = buildLexicon(extras)
    built.set(key, found)
  }
  return found
}

function reportingVerbs(files: LanguageFile[]): Set<string> {
  const forms = new Set<string>()
  LANGS.forEach((lang, k) => {
    for (const form of sourceLexicon(lang).verbForms.keys()) forms.add(form)
    for (const verb of files[k].callToAction.reportedBy ?? []) {
      // German lists lemmas, English its forms.
      const finite = lang === 'de' ? finiteForms(verb).map(({ form }) => form) : [verb]
      for (const form of finite) forms.add(form.toLowerCase())
    }
  })
  return forms
}

function buildLexicon(extras: PastedExtras): PastedLexicon {
  const files = LANGS.map((lang) => lexicon<LanguageFile>(lang, 'pasted'))
  const common = lexicon<CommonFile>('common', 'pasted')
  const all = (pick: (file: LanguageFile) => string[] | undefined) => files.flatMap((file) => pick(file) ?? [])
  const lower = (words: string[]) => new Set(words.map((word) => word.toLowerCase()))
  const kinds = Object.fromEntries(
    PASTED_KINDS.map((kind) => [
      kind,
      {
        opens: new PhraseList(all((file) => file[kind].opens)),
        contains: new PhraseList([...all((file) => file[kind].contains), ...extras[kind]]),
        is: new PhraseList(all((file) => file[kind].is))
      }
    ])
  ) as Record<PastedKind, KindMatchers>
  const outlets = [...common.outlets, ...extras.outlets]
  return {
    kinds,
    promotingPhrases: new PhraseList(all((file) => file.boilerplate.containsPromoting)),
    ownVoicePhrases: new PhraseList(all((file) => file.boilerplate.containsOwnVoice)),
    addressingPhrases: new PhraseList(all((file) => file.embed.containsAddressing)),
    timedLabels: new PhraseList(all((file) => file.boilerplate.timed)),
    noticeWords: lower(all((file) => file.boilerplate.noticeWords)),
    ctaVerbs: lower(all((file) => file.callToAction.verbs)),
    ctaAddress: lower(all((file) => file.callToAction.address)),
    ctaNegations: lower(all((file) => file.callToAction.negations)),
    ctaNegatedCalls: lower(all((file) => file.callToAction.negatedCalls)),
    ctaSeparable: lower(all((file) => file.callToAction.separable)),
    ctaFirstPerson: lower(all((file) => file.callToAction.firstPerson)),
    followVerbs: lower(all((file) => file.callToAction.followed?.verbs)),
    followArticles: lower(all((file) => file.callToAction.followed?.articles)),
    ownPeople: lower(all((file) => file.callToAction.followed?.ownPeople)),
    ctaObjects: new PhraseList(all((file) => file.callToAction.objects)),
    lettersPage: new PhraseList(all((file) => file.callToAction.lettersPage)),
    reportingVerbs: reportingVerbs(files),
    ctaPlaces: new PhraseList([...common.networks, ...outlets]),
    products: new PhraseList(all((file) => file.callToAction.products)),
    productWords: lower(all((file) => file.callToAction.products)),
    possessives: lower(all((file) => file.callToAction.possessives)),
    outlets,
    agencies: extendRegistry(agencyRegistry(), extras.agencies),
    postLinks: common.postLinks,
    embedMedia: common.embedMedia
  }
}
