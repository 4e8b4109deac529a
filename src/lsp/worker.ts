import { parentPort } from 'node:worker_threads'
import type { Config } from '../config/config.js'
import { fixSource } from '../lint/fix.js'
import { lintSource } from '../lint/lint.js'
import { LimitError } from '../engine/limits.js'
import type { Job, JobResult } from './engine-pool.js'

// Runs the engine off the server's main thread, so a long document never blocks the protocol.
parentPort!.on('message', (job: Job & { id: number; config: Config }) => {
  let result: JobResult
  try {
    result =
      job.kind === 'lint'
        ? { kind: 'lint', findings: lintSource(job.path, job.text, job.config).findings }
        : { kind: 'fix', output: fixSource(job.path, job.text, job.config).output }
  } catch (error) {
    result =
      error instanceof LimitError ? { kind: 'refused', message: error.message } : { kind: 'error', message: (error as Error).message }
  }
  parentPort!.postMessage({ id: job.id, result })
})
