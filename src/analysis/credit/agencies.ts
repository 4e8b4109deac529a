import { lexicon } from '../../engine/lexicon.js'

// The agency registry (`lexicons/common/agencies.yaml`) as look-up tables: credit lines are read
// case-insensitively ("(kna)", "(DPA)"), running text exactly as written ("AP", not "ap").

export type AgencyRole = 'wire' | 'press-release' | 'editorial'

export interface Agency {
  code: string
  name: string
  spellings: string[]
  country?: string
  lang?: string
  role?: AgencyRole
  /** False for agencies newsrooms quote rather than license: citing them needs no credit. */
  creditWhenCited?: boolean
  services?: Array<{ code: string; region: string; verified: boolean }>
}

export interface Registry {
  agencies: Agency[]
  /** Lower-cased spelling (words joined by one space) → agency. */
  byLowerSpelling: Map<string, Agency>
  /** Spelling exactly as written → agency, for running text. */
  bySpelling: Map<string, Agency>
  /** Lower-cased regional service code → its agency. */
  byService: Map<string, Agency>
  /** The longest spelling in words, so look-ups know how far to read. */
  maxWords: number
  /**
   * Every spelling as written and each run of its first words ("Associated" of "Associated
   * Press"): a look-up in running text stops where no spelling goes on.
   */
  prefixes: Set<string>
}

let builtIn: Registry | undefined

/** The registry shipped with newslint. */
export function agencyRegistry(): Registry {
  builtIn ??= buildRegistry(lexicon<Agency[]>('common', 'agencies').map(inOneShape))
  return builtIn
}

function buildRegistry(agencies: Agency[]): Registry {
  const registry: Registry = {
    agencies,
    byLowerSpelling: new Map(),
    bySpelling: new Map(),
    byService: new Map(),
    maxWords: 1,
    prefixes: new Set()
  }
  for (const agency of agencies) {
    for (const spelling of [agency.code, ...agency.spellings]) {
      registry.bySpelling.set(spelling, agency)
      if (!registry.byLowerSpelling.has(spelling.toLowerCase())) registry.byLowerSpelling.set(spelling.toLowerCase(), agency)
      const words = spelling.split(' ')
      registry.maxWords = Math.max(registry.maxWords, words.length)
      for (let count = 1; count <= words.length; count++) registry.prefixes.add(words.slice(0, count).join(' '))
    }
    for (const service of agency.services ?? []) registry.byService.set(service.code.toLowerCase(), agency)
  }
  return registry
}

/**
 * The agency with every field, in one order. The registry's entries had as many shapes as the
 * lexicon has combinations of optional fields, and the look-ups in running text (`agency.role`)
 * were deoptimised on each shape they had not met yet.
 */
function inOneShape(agency: Agency): Agency {
  return {
    code: agency.code,
    name: agency.name,
    spellings: agency.spellings,
    country: agency.country,
    lang: agency.lang,
    role: agency.role,
    creditWhenCited: agency.creditWhenCited,
    services: agency.services
  }
}

// One extended registry per distinct option value (the built-in base never changes).
const extended = new Map<string, Registry>()

/** The registry with a newsroom's own agency codes added (rule option `agencies`). */
export function extendRegistry(base: Registry, extra: string[]): Registry {
  if (extra.length === 0) return base
  const key = extra.join('\n')
  const cached = extended.get(key)
  if (cached) return cached
  const added = extra.map((code) => inOneShape({ code, name: code, spellings: [code] }))
  const registry = buildRegistry([...base.agencies, ...added])
  extended.set(key, registry)
  return registry
}

export const isWire = (agency: Agency): boolean => (agency.role ?? 'wire') === 'wire'

/** A wire agency's one-word spelling, lower-cased, with how many edits away a typo of it may be. */
interface SuggestionTarget {
  code: string
  lower: string
  maxDistance: number
}

const suggestionTargets = new WeakMap<Registry, SuggestionTarget[]>()

function targetsOf(registry: Registry): SuggestionTarget[] {
  let targets = suggestionTargets.get(registry)
  if (!targets) {
    targets = []
    for (const agency of registry.agencies) {
      if (!isWire(agency)) continue
      for (const spelling of [agency.code, ...agency.spellings]) {
        if (!spelling.includes(' '))
          targets.push({ code: agency.code, lower: spelling.toLowerCase(), maxDistance: Math.min(2, Math.max(1, spelling.length - 2)) })
      }
    }
    suggestionTargets.set(registry, targets)
  }
  return targets
}

/** The known wire-agency code nearest to an unknown one (at most two edits apart), for suggestions. */
export function nearestAgencyCode(registry: Registry, written: string): string | undefined {
  const lower = written.toLowerCase()
  let best: { code: string; distance: number } | undefined
  for (const target of targetsOf(registry)) {
    // The distance is at least the difference in length.
    if (Math.abs(target.lower.length - lower.length) > target.maxDistance) continue
    const distance = editDistance(lower, target.lower)
    if (distance <= target.maxDistance && (!best || distance < best.distance)) best = { code: target.code, distance }
  }
  return best?.code
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  // Only the last three rows of the table are read: they are kept and turned over, not one array per row of `a`
  // (the distance is asked for every known spelling of each unknown code a credit line holds).
  let beforeLast = new Int32Array(b.length + 1)
  let last = new Int32Array(b.length + 1)
  let row = new Int32Array(b.length + 1)
  for (let j = 0; j <= b.length; j++) row[j] = j
  for (let i = 1; i <= a.length; i++) {
    const spare = beforeLast
    beforeLast = last
    last = row
    row = spare
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      let value = Math.min(last[j] + 1, row[j - 1] + 1, last[j - 1] + cost)
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        value = Math.min(value, beforeLast[j - 2] + 1)
      row[j] = value
    }
  }
  return row[b.length]
}
