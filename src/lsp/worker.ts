import { parentPort } from 'node:worker_threads'
import type { Config } from '../config/config.js'
import { fixSource } from '../lint/fix.js'
import { lintSource } from '../lint/lint.js'
import { LimitError } from '../engine/limits.js'
import { sourceOverview } from '../lint/source-overview.js'
import type { Job, JobResult } from './engine-pool.js'

// Runs the engine off the server's main thread, so a long document never blocks the protocol.
parentPort!.on('message', (job: Job & { id: number; config: Config }) => {
  let result: JobResult
  try {
    if (job.kind === 'lint') {
      const linted = lintSource(job.path, job.text, job.config)
      result = { kind: 'lint', findings: linted.findings, sources: sourceOverview(linted.article) }
    } else {
      result = { kind: 'fix', output: fixSource(job.path, job.text, job.config).output }
    }
  } catch (error) {
    result =
      error instanceof LimitError ? { kind: 'refused', message: error.message } : { kind: 'error', message: (error as Error).message }
  }
  parentPort!.postMessage({ id: job.id, result })
})
