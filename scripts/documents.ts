import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { packagePath } from '../src/engine/lexicon.js'
import { readCorpus } from './corpus.js'

export interface Span {
  start: number
  end: number
}

export interface HedgeLabel extends Span {
  cue: string
  kind: 'reportative' | 'epistemic'
  quoted?: boolean
}

export interface SentenceLabel extends Span {
  claim?: boolean
  source?: 'named' | 'vague' | 'inherited' | 'quote' | 'none' | 'n/a'
  hedges?: HedgeLabel[]
  vague?: Span[]
}

export interface BlockLabel extends Span {
  kind: 'article' | 'teaser' | 'boilerplate' | 'embed' | 'credit'
}

export interface CreditLabel extends Span {
  agencies: string[]
  initials?: string[]
  outlet?: string
  date?: string
}

export interface LabelFile {
  document: string
  sha1: string
  /** `heldout`: labelled after the rules were tuned, never used for tuning; reported apart. */
  split?: 'heldout'
  sentences?: SentenceLabel[]
  blocks?: BlockLabel[]
  credit?: CreditLabel | null
}

export interface LabelledDocument {
  file: string
  labels: LabelFile
  /** The path newslint lints it under (a `.md` name for corpus rows). */
  path: string
  text: string
}

const LABELS_DIR = packagePath('fixtures', 'eval', 'labels')

export function sha1(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex')
}

/** The text a label file's `document` names. */
export function documentText(document: string): { path: string; text: string } {
  if (document.startsWith('corpus:')) {
    const row = Number(document.slice('corpus:'.length))
    const article = readCorpus()[row]
    if (!article) throw new Error(`${document}: no such corpus row`)
    return { path: `corpus-${row}.md`, text: article.text }
  }
  const path = packagePath(document)
  return { path, text: readFileSync(path, 'utf8') }
}

/** Every label file in `dir`; a file may hold one label object or a list of them (one per document). */
export function loadLabelledDocuments(dir = LABELS_DIR): LabelledDocument[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const parsed = JSON.parse(readFileSync(join(dir, name), 'utf8')) as LabelFile | LabelFile[]
      return (Array.isArray(parsed) ? parsed : [parsed]).map((labels) => {
        const { path, text } = documentText(labels.document)
        if (sha1(text) !== labels.sha1)
          throw new Error(`${name}: the text of ${labels.document} changed since it was labelled (sha1 differs)`)
        return { file: name, labels, path, text }
      })
    })
}
