import { parentPort, workerData } from 'node:worker_threads'
import type { Config } from '../config/config.js'
import { holdHeapGrowth } from '../cli/v8-flags.js'
import { DocumentAnalysis } from '../engine/incremental.js'
import { fixSource } from '../lint/fix.js'
import { lintSource } from '../lint/lint.js'
import { LimitError } from '../engine/limits.js'
import { BINARY, BINARY_PROBE } from '../config/read-file.js'
import { sourceOverview } from '../lint/source-overview.js'
import { blockSpans } from './disable-comment.js'
import { KeptAnalyses, MAX_KEPT_LENGTH } from './kept-analyses.js'
import type { Job, JobResult, ThreadMessage } from './engine-pool.js'

// Runs the engine off the server's main thread, so a long document never blocks the protocol.
// Each open document keeps its analysis here between edits (the pool sends a document's lint
// jobs to the same thread), and a lint whose text has been edited again stops between stages and
// between rules (the rules of a 20,000-word article take a sixth of its lint).

/** The id of a job the server no longer wants, written by the pool while the job runs. */
const unwanted = new Int32Array(workerData as SharedArrayBuffer)
const analyses = new KeptAnalyses((keeps) => new DocumentAnalysis(stopIfUnwanted, keeps))
let running = 0

class Unwanted extends Error {}

function stopIfUnwanted(): void {
  if (Atomics.load(unwanted, 0) === running) throw new Unwanted()
}

parentPort!.on('message', (message: ThreadMessage) => {
  if ('forget' in message) {
    analyses.forget(message.forget)
    return
  }
  parentPort!.postMessage({ id: message.id, result: run(message) })
})

function run(job: Job & { id: number; config: Config }): JobResult {
  try {
    // As the command line refuses such a file, so does the editor: one diagnostic, no findings in binary.
    if (job.text.slice(0, BINARY_PROBE).includes('\0')) return { kind: 'refused', message: BINARY }
    if (job.kind === 'fix') return { kind: 'fix', output: fixSource(job.path, job.text, job.config).output }
    if (job.text.length > MAX_KEPT_LENGTH) holdHeapGrowth()
    const document = analyses.take(job.uri, job.text.length)
    running = job.id
    const linted = lintSource(job.path, job.text, job.config, { document, beforeRule: stopIfUnwanted })
    return {
      kind: 'lint',
      findings: linted.findings,
      sources: sourceOverview(linted.article),
      locale: linted.locale,
      blocks: blockSpans(linted.article)
    }
  } catch (error) {
    if (error instanceof Unwanted) return { kind: 'unwanted' }
    return error instanceof LimitError ? { kind: 'refused', message: error.message } : { kind: 'error', message: (error as Error).message }
  }
}
