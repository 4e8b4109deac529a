import { discovery } from './discovery.js'
import { lspLatency } from './lsp.js'
import { oneDocument, scaling } from './scaling.js'
import { shapes } from './shapes.js'
import { startup } from './startup.js'
import { throughput } from './throughput.js'

/** The parts of `npm run bench`, run in order; each returns the lines it prints. */
export const BENCHMARKS: Array<{ name: string; run: () => string[] | Promise<string[]> }> = [
  { name: 'throughput', run: throughput },
  { name: 'scaling', run: scaling },
  { name: 'document', run: oneDocument },
  { name: 'shapes', run: shapes },
  { name: 'lsp', run: lspLatency },
  { name: 'discovery', run: discovery },
  { name: 'startup', run: startup }
]
