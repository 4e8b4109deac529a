import { once } from 'node:events'
import { statSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { Worker, parentPort } from 'node:worker_threads'
import type { Config } from '../config/config.js'
import type { ConfigResolver } from '../config/resolver.js'
import type { ChangedSince } from './changed.js'
import { type Interruption, signalsNoticed } from './interruption.js'
import { type FileJob, type FileOutcome, isJob, lintFile, planFile } from './lint-files.js'
import { LARGE_TEXT_CHARS } from './v8-flags.js'

// From this many files on, a second thread pays on idle cores. A worker is quick to start: its
// isolate is up in 0.08 s and answers its first article 0.37 s after it was asked for (load 7 on
// two cores; the lexicons and the verb table are 0.07 s of that). What costs is the engine's
// warm-up, which each thread pays anew (V8 optimises each isolate's code on its own): the first 60
// corpus articles take 1.4 s of CPU in one thread and 2.25 s on two. Below that the worker's
// warm-up eats what it takes off the main thread (`npm run bench -- command`, cut-over rows).
const PARALLEL_MIN_FILES = 64
// A linting thread keeps more than one core busy: V8 optimises its code on other threads beside
// it (the corpus in one thread: 4.7 s of CPU, 3.5 s of it the linting thread's, 1.2 s V8's
// compiler threads). On two threads the lint threads take 2.4 s and 2.2 s, V8's threads 1.7 s:
// 6.3 s of CPU, more than two cores give in the 3.5 s one thread takes. So two free cores hold one
// thread, not two.
const CORES_PER_THREAD = 1.4
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
  /** A signal to stop at: no thread takes another file, each finishes the one it is on (outcomes of the rest stay undefined). */
  interruption?: Interruption
}

/**
 * What each worker is sent once: every file to lint with its config, and the count of files taken so
 * far, shared by all threads. Each thread takes the next file when it is free, so none waits for
 * another to hand it work.
 */
interface WorkerTask {
  jobs: Array<{ path: string; display: string; configId: number }>
  configs: Array<Config | string>
  taken: SharedArrayBuffer
}

type WorkerReply = { job: number; outcome: FileOutcome } | { job: number; bug: string }

/**
 * Outcomes in the order of `files`, the same whether linted in this thread or also on workers.
 * With --changed-since all stay in this thread, where git was asked once for all files.
 */
export async function lintFiles(files: string[], options: LintFilesOptions): Promise<FileOutcome[]> {
  const { cwd, fix, resolver, changedSince, interruption } = options
  const threads = changedSince ? 1 : poolSize(files.length, options.threads)
  if (threads < 2) {
    const outcomes: FileOutcome[] = []
    for (const path of files) {
      if (interruption?.signal) break
      const planned = planFile(resolver, cwd, path)
      outcomes.push(isJob(planned) ? lintFile(planned, fix, changedSince) : planned)
      if (interruption) await signalsNoticed()
    }
    return outcomes
  }
  // Workers start before the configs are resolved: their start-up overlaps this thread's work.
  // A run that can be asked to stop lints on the workers alone: this thread stays free to notice the signal at once.
  const workerCount = interruption ? threads : threads - 1
  const workers = Array.from({ length: workerCount }, () => new Worker(PROGRAM, { workerData: { [WORKER_MARKER]: { fix } } }))
  try {
    const planned = files.map((path) => planFile(resolver, cwd, path))
    // A worker setting up its heap resets how V8 holds the young generation for a large text, in every thread.
    if (planned.some((plan) => isJob(plan) && fileBytes(plan.path) >= LARGE_TEXT_CHARS))
      await Promise.all(workers.map((worker) => once(worker, 'online')))
    return await lintAlongside(workers, planned, fix, interruption)
  } finally {
    // Not awaited: the report need not wait for the threads to wind down (50-70 ms on the corpus).
    for (const worker of workers) void worker.terminate()
  }
}

/** Lint the planned files on the workers and in this thread, each outcome in its file's place. */
async function lintAlongside(
  workers: Worker[],
  planned: Array<FileJob | FileOutcome>,
  fix: boolean,
  interruption: Interruption | undefined
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = planned.map((plan) => (isJob(plan) ? undefined : plan))
  const queue = planned.flatMap((plan, index) => (isJob(plan) ? [index] : []))
  const jobs = queue.map((index) => planned[index] as FileJob)
  const configIds = new Map<Config | string, number>()
  const task: WorkerTask = {
    jobs: jobs.map(({ path, display, config }) => ({
      path,
      display,
      configId: configIds.get(config) ?? configIds.set(config, configIds.size).size - 1
    })),
    configs: [...configIds.keys()],
    taken: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)
  }
  const taken = new Int32Array(task.taken)
  const bugs = new Map<number, string>()
  let left = jobs.length
  const settle = (job: number, outcome: FileOutcome, bug?: string) => {
    outcomes[queue[job]] = outcome
    if (bug !== undefined) bugs.set(queue[job], bug)
    left--
  }
  let allSettled = () => {}
  const workersDone = new Promise<void>((resolve, reject) => {
    allSettled = resolve
    for (const worker of workers) {
      worker.on('message', (reply: WorkerReply) => {
        settle(reply.job, 'bug' in reply ? undefined : reply.outcome, 'bug' in reply ? reply.bug : undefined)
        if (left === 0) resolve()
      })
      worker.on('error', reject)
      worker.on('exit', (code) => left > 0 && reject(new Error(`a lint worker stopped (exit code ${code})`)))
      worker.postMessage(task)
    }
  })
  // Asked to stop, no thread takes another file: the run waits for the ones the threads are on.
  const stopListening = interruption?.onStop(() => {
    left -= jobs.length - Math.min(Atomics.exchange(taken, 0, jobs.length), jobs.length)
    if (left === 0) allSettled()
  })
  try {
    // Else this thread lints too, and lets the workers' replies in between its files.
    for (let job = interruption ? jobs.length : Atomics.add(taken, 0, 1); job < jobs.length; job = Atomics.add(taken, 0, 1)) {
      try {
        settle(job, lintFile(jobs[job], fix))
      } catch (error) {
        settle(job, undefined, (error as Error).message)
      }
      await new Promise(setImmediate)
    }
    if (left === 0) allSettled()
    await workersDone
  } finally {
    stopListening?.()
  }
  // A bug of ours ends the run as it would in one thread: at the first file it struck.
  const firstBug = [...bugs].sort(([a], [b]) => a - b)[0]
  if (firstBug) throw new Error(firstBug[1])
  return outcomes
}

/** The worker's side: take the next file of the task while there is one, lint it and send its outcome back. */
export function serveLintJobs({ fix }: { fix: boolean }): void {
  // Listening keeps the worker alive until it is ended: one that ended by itself could do so before
  // the main thread has read all its replies.
  parentPort?.on('message', ({ jobs, configs, taken }: WorkerTask) => {
    const count = new Int32Array(taken)
    for (let job = Atomics.add(count, 0, 1); job < jobs.length; job = Atomics.add(count, 0, 1)) {
      const { path, display, configId } = jobs[job]
      let reply: WorkerReply
      try {
        reply = { job, outcome: lintFile({ path, display, config: configs[configId] }, fix) }
      } catch (error) {
        reply = { job, bug: (error as Error).message }
      }
      parentPort?.postMessage(reply)
    }
  })
}

/** A file's size in bytes, at least its characters; 0 when it cannot be read, which linting it reports. */
function fileBytes(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
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
