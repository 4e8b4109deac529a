import { pathToFileURL } from 'node:url'
import { packagePath } from './lexicon.js'

/** Where a rule's documentation lives: its markdown page shipped with the package. */
export function ruleDocsPath(id: string): string {
  return packagePath('rules', `${id}.md`)
}

export function ruleDocsUrl(id: string): string {
  return pathToFileURL(ruleDocsPath(id)).href
}
