/**
 * V8's optimising compiler (TurboFan) starts later in the command line (issue 15 point 3, the fixed cost).
 *
 * One `validate` is a short process: most of the check's functions run a few hundred times, and V8's default
 * tiering compiles many of them with TurboFan before that is over, a compilation that costs more than the
 * optimised code then saves (and, on a machine of 2 cores, takes the core the main thread would use). With
 * the budget raised 4× only the really hot loops (the sheet scan, the typed rows) are optimised. Measured in
 * README «Benchmark». Imported first by the bundle's entry (main.ts), so the flag is set before the core's
 * modules load; V8's flags are the process's, so a worker of `rollup` runs the same.
 *
 * `CCHC_V8_DEFAULT_TIERING=1` in the environment keeps V8's own default (to measure against it, or should a
 * later Node tier differently).
 */
import v8 from 'node:v8';

/** The flags set: V8 11 (Node 20) counts a function's work against this budget before optimising it (default 66 KiB of bytecode). */
export const TIERING_FLAGS = ['--interrupt-budget=270336'];

/** Sets TIERING_FLAGS unless the environment asks for V8's default; true when they were set. */
export function applyTiering(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.CCHC_V8_DEFAULT_TIERING === '1') return false;
  for (const flag of TIERING_FLAGS) v8.setFlagsFromString(flag);
  return true;
}

applyTiering();
