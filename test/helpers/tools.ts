/**
 * Tests that need a system tool (chromium, LibreOffice, GNU time). CI installs them all (.ci/run), so there
 * a missing tool fails the test; on a developer's machine without it the test is skipped, and says so.
 */
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

export function hasTool(nameOrPath: string): boolean {
  if (nameOrPath.startsWith('/')) return fs.existsSync(nameOrPath);
  return spawnSync('which', [nameOrPath]).status === 0;
}

/** True when the tests needing these tools must run: they are present, or this is CI. */
export function toolsPresent(...tools: string[]): boolean {
  const missing = tools.filter((t) => !hasTool(t));
  if (missing.length === 0 || process.env.CI) return true;
  process.stderr.write(`skipping tests that need: ${missing.join(', ')}\n`);
  return false;
}
