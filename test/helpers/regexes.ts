import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { globSync } from 'tinyglobby'
import ts from 'typescript'
import { parseAllDocuments } from 'yaml'
import { PATTERN_FLAGS } from './patterns.js'

export interface FoundPattern {
  /** `file:line` where the pattern is written. */
  where: string
  source: string
  flags: string
}

export interface Collected {
  patterns: FoundPattern[]
  /** `new RegExp(…)` calls whose source is neither a literal nor a lexicon or option entry named `pattern`. */
  unchecked: string[]
}

/**
 * Every regular expression in the TypeScript under `folders`, read with the compiler's parser:
 * literals and `new RegExp` / `RegExp` calls with a literal source. A call with a computed source
 * must read it from a value named `pattern` (a lexicon entry or a configured option, both
 * checked where they come from); any other is listed as unchecked.
 */
export function regexesInCode(root: string, folders: string[]): Collected {
  const patterns: FoundPattern[] = []
  const unchecked: string[] = []
  for (const file of globSync(
    folders.map((folder) => `${folder}/**/*.ts`),
    { cwd: root, absolute: true }
  ).sort()) {
    const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const where = (node: ts.Node) => `${relative(root, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text
        const close = text.lastIndexOf('/')
        patterns.push({ where: where(node), source: text.slice(1, close), flags: text.slice(close + 1) })
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [sourceArgument, flagsArgument] = node.arguments ?? []
        const flags = flagsArgument && ts.isStringLiteralLike(flagsArgument) ? flagsArgument.text : ''
        if (sourceArgument && ts.isStringLiteralLike(sourceArgument))
          patterns.push({ where: where(node), source: sourceArgument.text, flags })
        else if (!sourceArgument || !namesPattern(sourceArgument)) unchecked.push(`${where(node)}: ${node.getText(sourceFile)}`)
      }
      ts.forEachChild(node, visit)
    }
    visit(sourceFile)
  }
  return { patterns, unchecked }
}

function namesPattern(expression: ts.Expression): boolean {
  const name = ts.isIdentifier(expression)
    ? expression.text
    : ts.isPropertyAccessExpression(expression)
      ? expression.name.text
      : ts.isElementAccessExpression(expression)
        ? 'pattern'
        : ''
  return name === 'pattern'
}

/**
 * Patterns in lexicon data. The convention for rule authors: a regular expression in a lexicon is
 * the value of a key named `pattern` (one string) or `patterns` (a list of strings), compiled with
 * flags `iu` (`PATTERN_FLAGS`). Nothing else in a lexicon is compiled as a pattern.
 */
export function regexesInLexicons(root: string): FoundPattern[] {
  const found: FoundPattern[] = []
  for (const file of globSync('lexicons/**/*.{yaml,yml}', { cwd: root, absolute: true }).sort()) {
    const where = relative(root, file)
    for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
      if ('errors' in document && document.errors.length > 0) throw new Error(`${where}: ${document.errors[0].message}`)
      visitData(document.toJS(), where, found)
    }
  }
  return found
}

function visitData(value: unknown, where: string, found: FoundPattern[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => visitData(item, `${where}[${index}]`, found))
    return
  }
  if (typeof value !== 'object' || value === null) return
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const at = `${where}.${key}`
    if (key === 'pattern') found.push({ where: at, source: String(item), flags: PATTERN_FLAGS })
    else if (key === 'patterns')
      (Array.isArray(item) ? item : [item]).forEach((source, index) =>
        found.push({ where: `${at}[${index}]`, source: String(source), flags: PATTERN_FLAGS })
      )
    else visitData(item, at, found)
  }
}
