#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8'
import { isMainThread, workerData } from 'node:worker_threads'
import { main } from '../cli/cli.js'
import { WORKER_MARKER, serveLintJobs } from '../cli/pool.js'
import { printable } from '../cli/printable.js'

// V8 lets the heap grow to up to four times what it held after a full collection before it
// collects again; a large file then costs several times its live memory. Growing by 30% keeps the
// peak near what is live, for about the same CPU (`npm run bench -- shapes`). V8's flags are the
// process's: lint workers started later grow their heaps the same way.
const HEAP_GROWING_PERCENT = 30

// The program is also the lint workers' code: one bundle to load, already compiled.
if (!isMainThread && workerData?.[WORKER_MARKER]) serveLintJobs(workerData[WORKER_MARKER])
else run()

function run(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
  const chunks: Buffer[] = []
  main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks)
    }
  }).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      // A bug of ours: one line for the user, the stack only on request.
      process.stderr.write(`newslint: internal error: ${printable((error as Error).message)}\n`)
      if (process.env.NEWSLINT_DEBUG) process.stderr.write(`${(error as Error).stack}\n`)
      process.exitCode = 2
    }
  )
}
