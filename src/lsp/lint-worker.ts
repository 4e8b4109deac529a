import { Worker } from 'node:worker_threads'
import type { Config } from '../config.js'
import type { Finding } from '../lint.js'

export interface Job {
  kind: 'lint' | 'fix'
  /** The document the job belongs to; cancelling a document drops its jobs. */
  uri: string
  path: string
  text: string
}

export type JobResult = { kind: 'lint'; findings: Finding[] } | { kind: 'fix'; output: string } | { kind: 'error'; message: string }

/** A job that will never finish because its document went away. */
export class Cancelled extends Error {}

interface Queued {
  id: number
  job: Job
  config: Config
  resolve: (result: JobResult) => void
  reject: (error: Error) => void
}

// The worker file sits beside this one in the build (the server runs from `dist/`, not through tsx).
const WORKER_URL = new URL('./worker.js', import.meta.url)

/** One engine thread, one job at a time, in order. */
export class LintWorker {
  private worker = this.spawn()
  private readonly queue: Queued[] = []
  private running: Queued | undefined
  private nextId = 1

  run(job: Job, config: Config): Promise<JobResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, config, resolve, reject })
      this.pump()
    })
  }

  /** Drop a document's jobs; a job already running is stopped by replacing the thread. */
  cancel(uri: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].job.uri !== uri) continue
      this.queue[i].reject(new Cancelled(uri))
      this.queue.splice(i, 1)
    }
    if (this.running?.job.uri === uri) this.restart(new Cancelled(uri))
  }

  dispose(): Promise<number> {
    return this.worker.terminate()
  }

  private pump(): void {
    if (this.running) return
    const next = this.queue.shift()
    if (!next) return
    this.running = next
    this.worker.postMessage({ id: next.id, ...next.job, config: next.config })
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_URL)
    worker.on('message', ({ id, result }: { id: number; result: JobResult }) => {
      if (this.running?.id !== id) return
      const done = this.running
      this.running = undefined
      done.resolve(result)
      this.pump()
    })
    // The thread died under a job (out of memory, a bug): fail that job, carry on with a new thread.
    let failure: Error | undefined
    worker.on('error', (error) => {
      failure = error
    })
    worker.on('exit', () => {
      if (worker === this.worker) this.restart(failure ?? new Error('the engine thread stopped'))
    })
    worker.unref()
    return worker
  }

  private restart(reason: Error): void {
    const stopped = this.running
    this.running = undefined
    void this.worker.terminate()
    this.worker = this.spawn()
    stopped?.reject(reason)
    this.pump()
  }
}
