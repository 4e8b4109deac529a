import { availableParallelism, loadavg } from 'node:os'
import { Worker, parentPort } from 'node:worker_threads'
import type { Config } from '../config/config.js'
import type { ConfigResolver } from '../config/resolver.js'
import type { ChangedSince } from './changed.js'
import { type FileJob, type FileOutcome, isJob, lintFile, planFile } from './lint-files.js'

// From this many files on, a second thread pays on idle cores. A worker loads the program and
// warms up the engine again (V8 optimises each thread's code anew): 0.5 s of CPU more at 16 files,
// 0.6 s at 64, 1.2 s on the 514 corpus articles, where one thread takes 1.5 s and 4.8 s
// (`npm run bench -- command`, cut-over rows). Below that the worker's warm-up eats what it takes
// off the main thread.
const PARALLEL_MIN_FILES = 64
// A linting thread keeps more than one core busy: V8 compiles and collects garbage beside it
// (the corpus in one thread: 4.2 s of CPU, 3.2 s of it the linting thread's). Two free cores hold
// one thread, not two: there a second thread costs a quarter more CPU (6 s on two cores against
// 4.2 s on 1.3) and could shorten the run by a few percent at most.
const CORES_PER_THREAD = 1.4
// Files handed to a worker ahead, so that it does not wait while the main thread lints its own.
const AHEAD = 2
// The built command-line program; it serves as a lint worker when started with this marker.
const PROGRAM = new URL('../bin/newslint.js', import.meta.url)
export const WORKER_MARKER = 'newslint-lint-worker'

export interface LintFilesOptions {
  cwd: string
  fix: boolean
  /** Resolves each folder's config once, in this thread, for every thread. */
  resolver: ConfigResolver
  changedSince?: ChangedSince
  /** Threads to lint on, this one included (NEWSLINT_THREADS); by default as many as the idle cores hold. */
  threads?: number
}

/** A file sent to a worker: its config goes along the first time that worker sees it. */
interface WorkerJob {
  index: number
  path: string
  display: string
  configId: number
  config?: Config | string
}

type WorkerReply = { index: number; outcome: FileOutcome } | { index: number; bug: string }

/**
 * Outcomes in the order of `files`, the same whether linted in this thread or also on workers.
 * With --changed-since all stay in this thread, where git was asked once for all files.
 */
export async function lintFiles(files: string[], options: LintFilesOptions): Promise<FileOutcome[]> {
  const { cwd, fix, resolver, changedSince } = options
  const threads = changedSince ? 1 : poolSize(files.length, options.threads)
  if (threads < 2) {
    return files.map((path) => {
      const planned = planFile(resolver, cwd, path)
      return isJob(planned) ? lintFile(planned, fix, changedSince) : planned
    })
  }
  // Workers start before the configs are resolved: their start-up overlaps this thread's work.
  const workers = Array.from({ length: threads - 1 }, () => new Worker(PROGRAM, { workerData: { [WORKER_MARKER]: { fix } } }))
  try {
    return await lintAlongside(
      workers,
      files.map((path) => planFile(resolver, cwd, path)),
      fix
    )
  } finally {
    // Not awaited: the report need not wait for the threads to wind down (50-70 ms on the corpus).
    for (const worker of workers) void worker.terminate()
  }
}

/** Lint the planned files on the workers and in this thread, each outcome in its file's place. */
async function lintAlongside(workers: Worker[], planned: Array<FileJob | FileOutcome>, fix: boolean): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = planned.map((plan) => (isJob(plan) ? undefined : plan))
  const queue = planned.flatMap((plan, index) => (isJob(plan) ? [index] : []))
  const bugs = new Map<number, string>()
  const configIds = new Map<Config | string, number>()
  let next = 0
  let left = queue.length
  await new Promise<void>((resolve, reject) => {
    const settle = (index: number, outcome: FileOutcome, bug?: string) => {
      outcomes[index] = outcome
      if (bug !== undefined) bugs.set(index, bug)
      if (--left === 0) resolve()
    }
    if (left === 0) resolve()
    for (const worker of workers) {
      const sent = new Set<number>()
      const feed = () => {
        if (next >= queue.length) return
        const index = queue[next++]
        const job = planned[index] as FileJob
        const configId = configIds.get(job.config) ?? configIds.set(job.config, configIds.size).size - 1
        const message: WorkerJob = { index, path: job.path, display: job.display, configId }
        if (!sent.has(configId)) message.config = job.config
        sent.add(configId)
        worker.postMessage(message)
      }
      worker.on('message', (reply: WorkerReply) => {
        settle(reply.index, 'bug' in reply ? undefined : reply.outcome, 'bug' in reply ? reply.bug : undefined)
        feed()
      })
      worker.on('error', reject)
      worker.on('exit', (code) => left > 0 && reject(new Error(`a lint worker stopped (exit code ${code})`)))
      for (let i = 0; i < AHEAD; i++) feed()
    }
    // This thread lints too, and lets the workers' replies in between its files.
    const lintHere = () => {
      if (next >= queue.length) return
      const index = queue[next++]
      try {
        settle(index, lintFile(planned[index] as FileJob, fix))
      } catch (error) {
        settle(index, undefined, (error as Error).message)
      }
      setImmediate(lintHere)
    }
    lintHere()
  })
  // A bug of ours ends the run as it would in one thread: at the first file it struck.
  const firstBug = [...bugs].sort(([a], [b]) => a - b)[0]
  if (firstBug) throw new Error(firstBug[1])
  return outcomes
}

/** The worker's side: lint each file it is sent with the config it was sent, and send the outcome back. */
export function serveLintJobs({ fix }: { fix: boolean }): void {
  const configs = new Map<number, Config | string>()
  parentPort?.on('message', ({ index, path, display, configId, config }: WorkerJob) => {
    if (config !== undefined) configs.set(configId, config)
    let reply: WorkerReply
    try {
      reply = { index, outcome: lintFile({ path, display, config: configs.get(configId)! }, fix) }
    } catch (error) {
      reply = { index, bug: (error as Error).message }
    }
    parentPort?.postMessage(reply)
  })
}

/**
 * Threads for `files` files: as asked (1 lints in this thread), else as many as the idle cores
 * hold from PARALLEL_MIN_FILES files on. On a machine already busy a worker's start-up and warm-up cost more
 * than its core gives.
 */
function poolSize(files: number, asked: number | undefined): number {
  if (asked !== undefined) return Math.min(asked, files)
  if (files < PARALLEL_MIN_FILES) return 1
  const idle = availableParallelism() - loadavg()[0]
  return Math.max(1, Math.min(Math.floor(idle / CORES_PER_THREAD), files))
}
