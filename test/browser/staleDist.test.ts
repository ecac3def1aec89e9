/**
 * The rule by which the browser tests build dist/ again (staleDist.ts), on real folders in a temp dir with set
 * modification times: a missing page, or any input of the build newer than the page, means a build; a page
 * newer than every input (CI's fresh build) means none. buildOnce builds once for processes that ask together.
 */
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../helpers/xlsx';
import { buildOnce, distIsStale, markBuilt, newestMtime } from './staleDist';

const T0 = new Date('2025-01-01T00:00:00Z');
const later = (s: number) => new Date(T0.getTime() + s * 1000);

/** Writes `file` under `root` with its modification time `at`. */
function put(root: string, file: string, at: Date): void {
  const p = path.join(root, file);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, file);
  fs.utimesSync(p, at, at);
}

/** A checkout: sources at T0, a built dist/ at T0 + 60 s. */
function checkout(): { root: string; dist: string } {
  const root = tempDir('cchc-dist-');
  for (const f of ['src/web/main.tsx', 'src/ui/App.tsx', 'src/core/read/date.ts', 'webpack.config.js', 'package.json', 'assets/icon-32.png']) put(root, f, T0);
  for (const f of ['dist/web.html', 'dist/taskpane.html', 'dist/web.js']) put(root, f, later(60));
  return { root, dist: path.join(root, 'dist') };
}

describe('distIsStale', () => {
  it('a dist/ built after every source is fresh (CI: clone, npm run build, test)', () => {
    const { root, dist } = checkout();
    expect(distIsStale(root, dist, 'web.html')).toBe(false);
    expect(distIsStale(root, dist, 'taskpane.html')).toBe(false);
  });

  it('a missing page, or a missing dist/, is built', () => {
    const { root, dist } = checkout();
    expect(distIsStale(root, dist, 'commands.html')).toBe(true);
    fs.rmSync(dist, { recursive: true });
    expect(distIsStale(root, dist, 'web.html')).toBe(true);
  });

  it.each([
    ['src/web/main.tsx'],
    ['src/ui/App.tsx'],
    ['src/core/read/date.ts'],
    ['src/core/new/deep/file.ts'],
    ['webpack.config.js'],
    ['package.json'],
    ['assets/icon-32.png'],
  ])('an edit of %s after the build makes dist/ stale', (file) => {
    const { root, dist } = checkout();
    put(root, file, later(120));
    expect(distIsStale(root, dist, 'web.html')).toBe(true);
  });

  it('a file outside the inputs (a test, the README) leaves dist/ fresh', () => {
    const { root, dist } = checkout();
    put(root, 'test/browser/web.test.ts', later(120));
    put(root, 'README.md', later(120));
    expect(distIsStale(root, dist, 'web.html')).toBe(false);
  });

  it('markBuilt makes every page fresh after a build that left them untouched', () => {
    const { root, dist } = checkout();
    put(root, 'src/ui/App.tsx', later(120));
    expect(distIsStale(root, dist, 'taskpane.html')).toBe(true);
    markBuilt(dist);
    expect(distIsStale(root, dist, 'web.html')).toBe(false);
    expect(distIsStale(root, dist, 'taskpane.html')).toBe(false);
  });

  it('newestMtime looks through nested folders and gives 0 for nothing', () => {
    const { root } = checkout();
    put(root, 'src/a/b/c/d.ts', later(300));
    expect(newestMtime(path.join(root, 'src'))).toBe(later(300).getTime());
    expect(newestMtime(path.join(root, 'nothing'))).toBe(0);
  });
});

describe('buildOnce', () => {
  it('builds when stale, asks again under the lock, and releases it when the build throws', () => {
    const { root } = checkout();
    let builds = 0;
    let stale = true;
    const build = () => {
      builds++;
      stale = false;
    };
    buildOnce(root, () => stale, build);
    buildOnce(root, () => stale, build);
    expect(builds).toBe(1);
    expect(() =>
      buildOnce(
        root,
        () => true,
        () => {
          throw new Error('webpack failed');
        },
      ),
    ).toThrow('webpack failed');
    // The lock was released: the next build runs.
    buildOnce(root, () => true, build);
    expect(builds).toBe(2);
  });
});
