/**
 * Progress lines on stderr for a long run (issue 11 §7): nothing for a run that ends within about two
 * seconds, whatever the file's size; after that, a line for each stage and, where the fraction is
 * known, its percentage (at most one line a second, only when the percentage changed).
 */
import type { Lang } from '../core/issues';
import type { Progress } from '../hosts/host';
import { m } from './cliText';

/** A run shorter than this prints no progress at all. */
export const QUIET_MS = 2000;
/** Percentage lines of one stage at most this often. */
const EVERY_MS = 1000;

export interface ProgressLines {
  /** What the run is doing now; may print a line. */
  report(p: Progress): void;
  /** The run is over: no line from now on. */
  stop(): void;
}

export function progressLines(say: (line: string) => void, lang: Lang, quietMs = QUIET_MS, now: () => number = Date.now): ProgressLines {
  const start = now();
  let current: Progress | null = null;
  let stopped = false;
  let lastStage: Progress['stage'] | null = null;
  let lastPercent: number | null = null;
  let lastAt = 0;

  const print = (p: Progress, t: number) => {
    const percent = p.fraction === null ? null : Math.round(Math.max(0, Math.min(1, p.fraction)) * 100);
    if (p.stage === lastStage && (percent === null || percent === lastPercent || t - lastAt < EVERY_MS)) return;
    lastStage = p.stage;
    lastPercent = percent;
    lastAt = t;
    say(m.progress(lang, p.stage) + (percent === null ? '' : ` ${percent}%`));
  };
  // While the run waits on I/O the timer prints the stage it is in once the quiet time is over;
  // during synchronous work the next report does.
  const timer = setTimeout(() => {
    if (!stopped && current) print(current, now());
  }, quietMs);
  timer.unref?.();

  return {
    report(p) {
      if (stopped) return;
      current = p;
      const t = now();
      if (t - start >= quietMs) print(p, t);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
