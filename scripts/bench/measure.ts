import { performance } from 'node:perf_hooks'

/** Best of `runs` wall-clock timings in milliseconds (the least disturbed by the other core's load). */
export function best(runs: number, task: () => void): number {
  let fastest = Infinity
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.()
    const start = performance.now()
    task()
    fastest = Math.min(fastest, performance.now() - start)
  }
  return fastest
}

export function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1)
}

/** Peak resident memory of this process so far, in MB. */
export function peakMemory(): string {
  return (process.resourceUsage().maxRSS / 1024).toFixed(0)
}
