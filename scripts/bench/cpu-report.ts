// Loaded with --import into a process `npm run bench` times: at exit it writes the process's CPU
// time (user + system, every thread) to the file NEWSLINT_BENCH_CPU names. On a shared, loaded
// machine CPU time compares runs where wall time mostly measures the neighbours.
import { writeFileSync } from 'node:fs'
import { isMainThread } from 'node:worker_threads'

const file = process.env.NEWSLINT_BENCH_CPU
if (file && isMainThread) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage()
    writeFileSync(file, String((user + system) / 1000))
  })
}
