import { constants } from 'node:os'

// A --fix run asked to stop (Ctrl-C in a pre-commit hook, a closed terminal, `kill`) stops between
// files: the file being written is written whole or not at all, and its temporary file never
// stays in the repository. Left to the signal's default, the process ended mid-write. A signal is
// noticed when the file being linted is done (JavaScript runs no handler before); from then on the
// signals have their default again, so a second one ends the run at once.

const STOPPING: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

export interface Interruption {
  /** The signal that asked the run to stop, once one was noticed. */
  readonly signal: NodeJS.Signals | undefined
  /** Call `listener` when a signal asks the run to stop (at once if one did); returns a function that stops listening. */
  onStop(listener: () => void): () => void
  /** Notice a signal that came while the last file was linted, then give the signals back their default. */
  end(): Promise<NodeJS.Signals | undefined>
}

export function watchInterruption(): Interruption {
  let received: NodeJS.Signals | undefined
  const listeners = new Set<() => void>()
  const release = () => {
    for (const signal of STOPPING) process.off(signal, onSignal)
  }
  function onSignal(signal: NodeJS.Signals): void {
    received = signal
    release()
    for (const listener of listeners) listener()
  }
  for (const signal of STOPPING) process.on(signal, onSignal)
  return {
    get signal() {
      return received
    },
    onStop(listener) {
      if (received) listener()
      else listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async end() {
      await signalsNoticed()
      release()
      return received
    }
  }
}

/**
 * Let the event loop read the signals that came while this thread was busy: they are read where
 * it polls, which two turns of `setImmediate` pass whatever phase this code runs in (from an I/O
 * callback the first turn ends before the next poll).
 */
export async function signalsNoticed(): Promise<void> {
  await new Promise(setImmediate)
  await new Promise(setImmediate)
}

/** The exit code of a run a signal stopped, as shells report one: 128 and the signal's number. */
export function stoppedExitCode(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal]
}
