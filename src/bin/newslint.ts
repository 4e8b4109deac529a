#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8'
import { isMainThread, workerData } from 'node:worker_threads'
import { main } from '../cli/cli.js'
import { WORKER_MARKER, serveLintJobs } from '../cli/pool.js'
import { printable } from '../cli/printable.js'

// A lint run is short and its hot code is large: V8's optimising compiler (on helper threads) took
// 40% of the CPU of a corpus run, recompiling big functions inlined whole after each deopt. Later
// optimisation of smaller units costs a quarter less CPU in all (`npm run bench -- command`). The
// language server runs for hours and keeps V8's defaults. V8's flags are the process's: workers share them.
const BATCH_COMPILER_FLAGS = ['--interrupt-budget=270000', '--max-inlined-bytecode-size-cumulative=300']
if (process.argv[2] !== 'lsp') for (const flag of BATCH_COMPILER_FLAGS) setFlagsFromString(flag)

// The program is also the lint workers' code: one bundle to load, already compiled.
if (!isMainThread && workerData?.[WORKER_MARKER]) serveLintJobs(workerData[WORKER_MARKER])
else run()

function run(): void {
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
