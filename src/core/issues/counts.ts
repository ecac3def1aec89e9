/** Issues counted by severity: a module of its own, so the pane counts issues without loading the catalogue. */
import type { Severity } from './types';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Counts by severity, the issues left out of the list (`more`) included. */
export function countBySeverity(issues: readonly { severity: Severity; more?: number }[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity] += 1 + (typeof i.more === 'number' && i.more > 0 ? i.more : 0);
  return counts;
}
