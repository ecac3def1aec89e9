/**
 * Entry point of the built command line, `build/cli.cjs` (scripts/built.mjs): sets V8's flags (tiering.ts), then runs
 * the program, `build/cli.bundle.cjs`, compiled from V8's code cache `build/cli.v8cache` when it was made for it
 * (codeCache.ts). A worker thread of `rollup` starts this same file.
 */
// First: the flags V8 checks a code cache against are the ones the run that made it had set.
import './tiering';
import * as path from 'path';
import { runWithCodeCache } from './codeCache';

runWithCodeCache(__filename, path.join(__dirname, 'cli.bundle.cjs'), path.join(__dirname, 'cli.v8cache'), module, require);
