// --watch: once a run is done, run again whenever the corpus folder, the manifest or the codebook
// changes (chokidar 5). Changes that come together (a folder copied in, a workbook saved) make one
// run, a short quiet spell after the last of them; a change during a run makes one more run after
// it. Excel's lock files (`~$name.xlsx`, written while a workbook is open) and hidden files are
// no change.
import { watch } from 'chokidar';
import { basename, resolve, sep } from 'node:path';

/** Quiet time after the last change before the run starts, in ms. */
const SETTLE_MS = 300;

/** True for a path whose change does not call for a run: Excel's lock files, hidden files. */
export function ignoredChange(path: string): boolean {
  const name = basename(path);
  return name.startsWith('~$') || (name.startsWith('.') && name.length > 1);
}

/**
 * Watches `paths` (not `outside`: the output folder); `run` after each settled change. Resolves, once
 * the watcher is ready, to the function that stops it.
 */
export function watchInputs(
  paths: string[],
  outside: string[],
  run: () => Promise<void>,
  log: (line: string) => void,
): Promise<() => Promise<void>> {
  const skip = outside.map((p) => resolve(p));
  const ignored = (path: string) =>
    ignoredChange(path) || skip.some((o) => resolve(path) === o || resolve(path).startsWith(o + sep));
  const watcher = watch(paths, { ignoreInitial: true, ignored });
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const start = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await run();
    } catch (e) {
      log(`framebook: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      void start();
    } else log('framebook: watching for changes (Ctrl-C to stop)');
  };
  watcher.on('all', (_event, path) => {
    log(`framebook: changed: ${path}`);
    clearTimeout(timer);
    timer = setTimeout(() => void start(), SETTLE_MS);
  });
  return new Promise((done) =>
    watcher.on('ready', () => {
      log('framebook: watching for changes (Ctrl-C to stop)');
      done(async () => {
        clearTimeout(timer);
        await watcher.close();
      });
    }),
  );
}
