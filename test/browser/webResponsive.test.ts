/**
 * Issue 11 §8: the web page stays responsive while it checks a 100 000-row dossier log, because the
 * check runs in its worker. The built page in Chromium records every gap between painted frames
 * (requestAnimationFrame) and the longest main-thread task ('longtask') from the file chosen to the
 * counts shown (bench/front.ts pageCheck, which `npm run bench` reports too).
 *
 * The machine is shared, so no fixed time is asserted whatever the load. What holds under load and
 * fails if the work moves back to the page: the worst gap stays well under the check's own duration
 * (reading the workbook alone, one synchronous step, is more than half of it). The same page opened
 * from disk, where the browser refuses workers and the page does the work itself, is the control: its
 * worst gap is a large part of its check. With the machine unloaded, the worst gap is under 200 ms.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ARTIFACTS, DIST } from './server';
import { describeInChromium, serveAndLaunch, type Served } from './pages';
import { dossierFile, FRAME_GAP_MAX_MS, pageCheck, type PageCheck } from '../../bench/front';

const LONG = 15 * 60_000;

describeInChromium('the web page paints while its worker checks 100 000 dossiers', () => {
  let served: Served;
  let file: string;
  const seen: Record<string, PageCheck> = {};

  beforeAll(async () => {
    file = await dossierFile(100_000);
    served = await serveAndLaunch('web.html');
  }, LONG);

  afterAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'web-frames.json'), JSON.stringify({ load: os.loadavg(), cores: os.cpus().length, ...seen }, null, 2));
    await served?.close();
  });

  it(
    'in the worker, the worst frame gap is well under the check itself (and under 200 ms on an unloaded machine)',
    async () => {
      const loadBefore = os.loadavg()[0];
      const r = (seen.worker = await pageCheck(served.browser, served.server.origin, file));
      const loaded = Math.max(loadBefore, os.loadavg()[0]) >= os.cpus().length * 0.5;
      process.stderr.write(
        `web page (worker), 100 000 dossiers: check ${Math.round(r.ms)} ms, worst frame gap ${r.worstFrameGapMs} ms, longest task ${r.longestTaskMs} ms (load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)\n`,
      );
      expect(r.counts.error + r.counts.warning + r.counts.info).toBeGreaterThan(0);
      // The check lasts many frames (a quarter of it is over six frames, whatever the product's speed:
      // it took 1,5 s, now under 1 s); the page never stopped painting for a quarter of it.
      expect(r.ms).toBeGreaterThan(400);
      expect(r.worstFrameGapMs).toBeLessThan(r.ms / 4);
      if (!loaded) expect(r.worstFrameGapMs).toBeLessThan(FRAME_GAP_MAX_MS);
    },
    LONG,
  );

  it(
    'the control: opened from disk (no worker), the page freezes for a large part of the same check',
    async () => {
      const r = (seen.inPage = await pageCheck(served.browser, served.server.origin, file, pathToFileURL(path.join(DIST, 'web.html')).href));
      process.stderr.write(`web page (in the page, from disk): check ${Math.round(r.ms)} ms, worst frame gap ${r.worstFrameGapMs} ms\n`);
      expect(r.counts).toEqual(seen.worker.counts);
      expect(r.worstFrameGapMs).toBeGreaterThan(r.ms / 4);
    },
    LONG,
  );
});
