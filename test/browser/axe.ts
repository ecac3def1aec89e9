/** axe-core over a page in Chromium, as the pane and page tests run it. */
import * as fs from 'fs';
import type { Page } from 'playwright-core';

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

/** axe-core over the page as it is now: the serious and critical violations, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  // A dialog fades in: mid-fade its colours are blends, which axe would measure. A spinner turns for ever: not waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: object, o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    // Tabster's focus sentinels (<i aria-hidden tabindex=0 data-tabster-dummy>, Fluent UI's keyboard
    // navigation) hand the focus on at once and are never read; axe counts them as hidden focusables.
    return (await axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)} ${n.failureSummary ?? ''}`).join(', ')}`,
    );
}
