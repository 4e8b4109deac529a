import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { Diagnostic, TextDocuments } from 'vscode-languageserver/node'
import { isArticleDocument } from '../config/article-files.js'
import { type Config, ConfigError } from '../config/config.js'
import type { Finding } from '../lint/lint.js'
import type { SourceOverview } from '../lint/source-overview.js'
import type { Lang } from '../engine/model.js'
import type { BlockSpan } from './disable-comment.js'
import type { ConfigResolver } from '../config/resolver.js'
import { configDiagnostic, limitDiagnostic, shownDiagnostics } from './diagnostics.js'
import { Cancelled, type Job, EnginePool } from './engine-pool.js'

// Changes that arrive together (an editor's auto-closed quote, several cursors) are linted once.
// Longer would hold up the diagnostics for the last key of every burst: a lint still running when
// the next key comes stops instead (see `changed`), so a burst yields the lint of its last version.
const DEBOUNCE_MS = 5

export interface Linted {
  version: number
  findings: Finding[]
  /** The article's sources, shown on hover over the headline, in the locale of its findings. */
  sources?: { overview: SourceOverview; locale: Lang }
  /** The top-level blocks, between which a control comment can go. */
  blocks: BlockSpan[]
}

type Prepared = { job: Job; config: Config } | { diagnostics: Diagnostic[] }

export interface LinterHost {
  documents: TextDocuments<TextDocument>
  resolver: ConfigResolver
  /** The file path a document's settings are looked up for. */
  pathOf(uri: string): string
  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void
  log(message: string): void
}

/** Lints open documents on the engine threads: debounced, one run per document at a time, stale results dropped. */
export class DocumentLinter {
  private readonly engine = new EnginePool()
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private readonly running = new Set<string>()
  private readonly dirty = new Set<string>()
  private readonly results = new Map<string, Linted>()
  private readonly waiters = new Map<string, Array<(linted: Linted | undefined) => void>>()
  private disposed = false

  constructor(private readonly host: LinterHost) {}

  changed(uri: string): void {
    if (this.disposed) return
    this.engine.interrupt(uri)
    clearTimeout(this.timers.get(uri))
    this.timers.set(
      uri,
      setTimeout(() => this.now(uri), DEBOUNCE_MS)
    )
  }

  now(uri: string): void {
    clearTimeout(this.timers.get(uri))
    this.timers.delete(uri)
    if (this.disposed) this.settle(uri, undefined)
    else void this.lint(uri)
  }

  closed(uri: string): void {
    clearTimeout(this.timers.get(uri))
    this.timers.delete(uri)
    this.results.delete(uri)
    this.dirty.delete(uri)
    this.engine.cancel(uri)
    this.settle(uri, undefined)
    this.host.publish(uri, undefined, [])
  }

  /** Config or ignore files changed: read them again and re-lint everything open. */
  reconfigure(): void {
    this.host.resolver.clear()
    for (const document of this.host.documents.all()) this.now(document.uri)
  }

  /** The findings for the document as it is now, linting it first if needed. */
  current(uri: string): Promise<Linted | undefined> {
    const document = this.host.documents.get(uri)
    if (!document) return Promise.resolve(undefined)
    const linted = this.results.get(uri)
    if (linted?.version === document.version) return Promise.resolve(linted)
    return new Promise((resolve) => {
      this.waiters.set(uri, [...(this.waiters.get(uri) ?? []), resolve])
      this.now(uri)
    })
  }

  /** The document with every fixable finding fixed, or undefined if it changed or cannot be checked. */
  async fixed(uri: string): Promise<{ version: number; output: string } | undefined> {
    const document = this.host.documents.get(uri)
    const prepared = document && !this.disposed ? this.prepare(document) : undefined
    if (!document || !prepared || !('job' in prepared)) return undefined
    const version = document.version
    const result = await this.engine.run({ ...prepared.job, kind: 'fix' }, prepared.config).catch(ignoreCancelled)
    if (result?.kind !== 'fix' || this.host.documents.get(uri)?.version !== version) return undefined
    return { version, output: result.output }
  }

  /** Stop for good (the client shut the server down): nothing is linted any more, nobody is left waiting. */
  dispose(): void {
    this.disposed = true
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.engine.dispose()
    for (const uri of [...this.waiters.keys()]) this.settle(uri, undefined)
  }

  private async lint(uri: string): Promise<void> {
    if (this.running.has(uri)) {
      this.dirty.add(uri)
      return
    }
    this.running.add(uri)
    try {
      do {
        this.dirty.delete(uri)
        await this.lintOnce(uri)
      } while (this.dirty.has(uri))
    } catch (error) {
      this.host.log(`newslint: linting ${uri} failed: ${(error as Error).stack ?? String(error)}`)
      // Hover and code actions waiting for this lint get an empty answer, not none.
      this.settle(uri, undefined)
    } finally {
      this.running.delete(uri)
    }
  }

  private async lintOnce(uri: string): Promise<void> {
    const document = this.host.documents.get(uri)
    if (!document) return
    // The document object is updated in place by later edits: remember which version was linted.
    const version = document.version
    const prepared = this.prepare(document)
    if (!('job' in prepared)) {
      this.finish(document, { findings: [], blocks: [] }, prepared.diagnostics)
      return
    }
    const result = await this.engine.run(prepared.job, prepared.config).catch(ignoreCancelled)
    // Unwanted: the document changed while it was linted, and the change lints it again.
    if (!result || result.kind === 'unwanted') return
    const current = this.host.documents.get(uri)
    if (current?.version !== version) return
    if (result.kind === 'lint')
      this.finish(
        current,
        { findings: result.findings, sources: { overview: result.sources, locale: result.locale }, blocks: result.blocks },
        shownDiagnostics(current, result.findings)
      )
    else if (result.kind === 'refused') this.finish(current, { findings: [], blocks: [] }, [limitDiagnostic(result.message)])
    else throw new Error(result.kind === 'error' ? result.message : 'unexpected result')
  }

  /** The job for a document, or why there is none (no article, ignored, broken config). */
  private prepare(document: TextDocument): Prepared {
    const path = this.host.pathOf(document.uri)
    // Not every editor reports changed files (and none a config that `extends` names): look at them before each lint.
    if (this.host.resolver.changedOnDisk(path)) this.reconfigure()
    try {
      if (!isArticleDocument(document.languageId, document.uri) || this.host.resolver.isIgnored(path)) return { diagnostics: [] }
      const config = this.host.resolver.forFile(path)
      return { job: { kind: 'lint', uri: document.uri, path, text: document.getText() }, config }
    } catch (error) {
      if (error instanceof ConfigError) return { diagnostics: [configDiagnostic(error.message)] }
      throw error
    }
  }

  private finish(document: TextDocument, result: Omit<Linted, 'version'>, diagnostics: Diagnostic[]): void {
    const linted = { version: document.version, ...result }
    this.results.set(document.uri, linted)
    this.host.publish(document.uri, document.version, diagnostics)
    this.settle(document.uri, linted)
  }

  private settle(uri: string, linted: Linted | undefined): void {
    const waiting = this.waiters.get(uri) ?? []
    this.waiters.delete(uri)
    for (const resolve of waiting) resolve(linted)
  }
}

function ignoreCancelled(error: unknown): undefined {
  if (error instanceof Cancelled) return undefined
  throw error
}
