import { constants } from 'node:os'

// A --fix run asked to stop (Ctrl-C in a pre-commit hook, a closed terminal, `kill`) stops between
// files: the file being written is written whole or not at all, and its temporary file never
// stays in the repository. Left to the signal's default, the process ended mid-write. A second
// signal ends the run at once.

const STOPPING: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

export interface Interruption {
  /** The signal that asked the run to stop, once one did. */
  readonly signal: NodeJS.Signals | undefined
  /** Give the signals back their default. */
  end(): void
}

export function watchInterruption(): Interruption {
  let received: NodeJS.Signals | undefined
  const end = () => {
    for (const signal of STOPPING) process.off(signal, onSignal)
  }
  function onSignal(signal: NodeJS.Signals): void {
    if (received === undefined) {
      received = signal
      return
    }
    end()
    process.kill(process.pid, signal)
  }
  for (const signal of STOPPING) process.on(signal, onSignal)
  return {
    get signal() {
      return received
    },
    end
  }
}

/** The exit code of a run a signal stopped, as shells report one: 128 and the signal's number. */
export function stoppedExitCode(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal]
}
