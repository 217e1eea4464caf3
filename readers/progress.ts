// A progress bar for long runs: a cli-progress bar on stderr over the notebook's numbered steps,
// only when stderr is a terminal (piped or logged runs keep the plain step lines) and the corpus
// is large enough for the wait to matter. console.ts decides when; this file only draws.
import cliProgress from 'cli-progress';

/** Corpora of at least this many files get a bar (on a terminal). */
export const LONG_RUN_FILES = 300;

export interface Progress {
  /** Shows the step now running by its title (the steps before it done). */
  next(title: string): void;
  stop(): void;
}

export function progressBar(steps: number): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'framebook [{bar}] {value}/{total} {step}',
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  // Created once the first step (reading) is done.
  let done = 1;
  bar.start(steps, done, { step: '' });
  return {
    next(title) {
      bar.update(done++, { step: title });
    },
    stop() {
      bar.update(steps, { step: 'done' });
      bar.stop();
    },
  };
}
