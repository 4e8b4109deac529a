import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Config } from '../config/config.js'
import type { Finding } from '../lint/lint.js'
import type { SourceOverview } from '../lint/source-overview.js'
import type { Lang } from '../engine/model.js'
import type { BlockSpan } from './disable-comment.js'

export interface Job {
  kind: 'lint' | 'fix'
  /** The document the job belongs to; cancelling a document drops its jobs. */
  uri: string
  path: string
  text: string
}

export type JobResult =
  | { kind: 'lint'; findings: Finding[]; sources: SourceOverview; locale: Lang; blocks: BlockSpan[] }
  | { kind: 'fix'; output: string }
  // The document is beyond the engine's limits (too large or too deep): the message says which.
  | { kind: 'refused'; message: string }
  | { kind: 'error'; message: string }
  // The document was edited again while it was being linted: the lint stopped.
  | { kind: 'unwanted' }

/** What the pool sends a thread: a job, or that a document was closed and its analysis can go. */
export type ThreadMessage = (Job & { id: number; config: Config }) | { forget: string }

/** A job that will never finish because its document went away. */
export class Cancelled extends Error {}

interface Queued {
  id: number
  job: Job
  config: Config
  resolve: (result: JobResult) => void
  reject: (error: Error) => void
}

interface Thread {
  worker: Worker
  running?: Queued
  /** Shared with the thread: the id of a running job the server no longer wants. */
  unwanted: Int32Array
}

// The worker file sits beside this one in the build (the server runs from `dist/`, not through tsx).
const WORKER_URL = new URL('./worker.js', import.meta.url)
// Two threads: a huge document being linted does not hold up the others.
const THREADS = Math.max(1, Math.min(2, availableParallelism()))
// Every analysis of a long article builds a new model that lives until the next: with V8's default
// young generation (semi-spaces of 16 MB) each keystroke paid for several scavenges copying it.
// Semi-spaces of 32 MB (the young generation is three of them) halve their number; they grow to
// that only for documents that need it.
const YOUNG_GENERATION_MB = 3 * 32

/**
 * Engine threads that take jobs in order, one job per thread at a time. A document is linted again
 * on the thread that linted it last, which keeps its analysis between edits, unless that thread
 * is busy with another document and one is free: a huge document does not hold up the others.
 */
export class EnginePool {
  private readonly threads: Thread[] = []
  private readonly queue: Queued[] = []
  /** The thread that linted each document last. */
  private readonly homes = new Map<string, Thread>()
  private nextId = 1
  private disposed = false

  constructor() {
    for (let i = 0; i < THREADS; i++) this.threads.push(this.spawn())
  }

  run(job: Job, config: Config): Promise<JobResult> {
    if (this.disposed) return Promise.reject(new Cancelled(job.uri))
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, config, resolve, reject })
      this.pump()
    })
  }

  /** The document changed: a lint of it already running stops at its next stage and answers `unwanted`. */
  interrupt(uri: string): void {
    for (const thread of this.threads)
      if (thread.running?.job.uri === uri && thread.running.job.kind === 'lint') Atomics.store(thread.unwanted, 0, thread.running.id)
  }

  /** Drop a document's jobs and its analysis; a job already running is stopped by replacing its thread. */
  cancel(uri: string): void {
    if (this.disposed) return
    this.homes.delete(uri)
    for (const thread of this.threads)
      if (thread.running?.job.uri !== uri) thread.worker.postMessage({ forget: uri } satisfies ThreadMessage)
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].job.uri !== uri) continue
      this.queue[i].reject(new Cancelled(uri))
      this.queue.splice(i, 1)
    }
    for (const thread of this.threads) if (thread.running?.job.uri === uri) this.restart(thread, new Cancelled(uri))
  }

  /** Stop every thread for good: no new ones, and jobs still waiting are cancelled. */
  dispose(): void {
    this.disposed = true
    const threads = this.threads.splice(0)
    for (const queued of [...this.queue.splice(0), ...threads.flatMap((thread) => thread.running ?? [])])
      queued.reject(new Cancelled(queued.job.uri))
    for (const thread of threads) void thread.worker.terminate()
  }

  private pump(): void {
    for (let next = this.queue[0]; next; next = this.queue[0]) {
      const home = next.job.kind === 'lint' ? this.homes.get(next.job.uri) : undefined
      const thread = home && !home.running && this.threads.includes(home) ? home : this.threads.find((candidate) => !candidate.running)
      if (!thread) return
      this.queue.shift()
      if (next.job.kind === 'lint') this.homes.set(next.job.uri, thread)
      thread.running = next
      thread.worker.postMessage({ id: next.id, ...next.job, config: next.config } satisfies ThreadMessage)
    }
  }

  private spawn(): Thread {
    const unwanted = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT))
    const thread: Thread = {
      worker: new Worker(WORKER_URL, { workerData: unwanted.buffer, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }),
      unwanted
    }
    thread.worker.on('message', ({ id, result }: { id: number; result: JobResult }) => {
      const done = thread.running
      if (done?.id !== id) return
      thread.running = undefined
      done.resolve(result)
      this.pump()
    })
    // The thread died under a job (out of memory, a bug): fail that job, carry on with a new thread.
    let failure: Error | undefined
    thread.worker.on('error', (error) => {
      failure = error
    })
    thread.worker.on('exit', () => {
      if (this.threads.includes(thread)) this.restart(thread, failure ?? new Error('the engine thread stopped'))
    })
    thread.worker.unref()
    return thread
  }

  private restart(thread: Thread, reason: Error): void {
    const index = this.threads.indexOf(thread)
    if (index < 0) return
    this.threads[index] = this.spawn()
    void thread.worker.terminate()
    thread.running?.reject(reason)
    this.pump()
  }
}
