import { lexicon } from '../lexicon.js'
import type { Lang } from '../model.js'
import { PhraseList } from './phrases.js'

// The phrase lists of `lexicons/<lang>/pasted.yaml` and `lexicons/common/pasted.yaml`, with the
// phrases a newsroom adds through the options of the rules teaser, boilerplate and embed.

export type PastedKind = 'teaser' | 'boilerplate' | 'embed'

interface KindPhrases {
  opens?: string[]
  contains?: string[]
  is?: string[]
}

interface LanguageFile {
  teaser: KindPhrases
  boilerplate: KindPhrases
  embed: KindPhrases
  callToAction: { verbs: string[]; address: string[]; objects: string[] }
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
  ctaVerbs: Set<string>
  ctaAddress: Set<string>
  /** What a call to action points at: networks, the outlet's products, outlets. */
  ctaObjects: PhraseList
  /** Outlet names, matched case-sensitively ("WELT" the outlet, "Welt" the world). */
  outlets: string[]
  postLinks: CommonFile['postLinks']
  embedMedia: string[]
}

export interface PastedExtras {
  teaser: string[]
  boilerplate: string[]
  embed: string[]
  outlets: string[]
}

const KINDS: PastedKind[] = ['teaser', 'boilerplate', 'embed']
const built = new Map<string, PastedLexicon>()

/** The lexicon for one language, with the newsroom's extra phrases (matched anywhere in a block). */
export function pastedLexicon(lang: Lang, extras: PastedExtras): PastedLexicon {
  const key = JSON.stringify([lang, extras])
  let found = built.get(key)
  if (!found) {
    found = buildLexicon(lang, extras)
    built.set(key, found)
  }
  return found
}

function buildLexicon(lang: Lang, extras: PastedExtras): PastedLexicon {
  const own = lexicon<LanguageFile>(lang, 'pasted')
  const common = lexicon<CommonFile>('common', 'pasted')
  const kinds = Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      {
        opens: new PhraseList(own[kind].opens ?? []),
        contains: new PhraseList([...(own[kind].contains ?? []), ...extras[kind]]),
        is: new PhraseList(own[kind].is ?? [])
      }
    ])
  ) as Record<PastedKind, KindMatchers>
  const outlets = [...common.outlets, ...extras.outlets]
  return {
    kinds,
    ctaVerbs: new Set(own.callToAction.verbs.map((verb) => verb.toLowerCase())),
    ctaAddress: new Set(own.callToAction.address.map((word) => word.toLowerCase())),
    ctaObjects: new PhraseList([...own.callToAction.objects, ...common.networks, ...outlets]),
    outlets,
    postLinks: common.postLinks,
    embedMedia: common.embedMedia
  }
}
