/**
 * Issue 12, points 1 and 2: what the pane loads parses in the webviews Office supports. Every script
 * of the build (the pane's, the web page's, their lazy chunks and the worker) is parsed with acorn at
 * the ECMAScript level the build lowers to (webpack.config.js ES_LEVEL, 2020: WebKit before 16.4
 * cannot parse Fluent UI's ES2022 class static blocks), and the inline script at ES5 (IE 11).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, type ecmaVersion } from 'acorn';
import { ensureBuilt } from './server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ES_LEVEL } = require('../../webpack.config.js') as { ES_LEVEL: ecmaVersion };
const DIST = path.join(__dirname, '..', '..', 'dist');

beforeAll(() => ensureBuilt('taskpane.html'), 6 * 60_000);

const parses = (code: string, level: ecmaVersion) => {
  try {
    parse(code, { ecmaVersion: level, sourceType: 'script' });
    return true;
  } catch {
    return false;
  }
};

test('the parser at that level really refuses ES2022 class static blocks and class fields', () => {
  expect(ES_LEVEL).toBe(2020);
  expect(parses('class A { static { this.x = 1; } }', ES_LEVEL)).toBe(false);
  expect(parses('class A { x = 1; }', ES_LEVEL)).toBe(false);
  expect(parses('const a = b?.c ?? 1;', ES_LEVEL)).toBe(true);
});

test('every built script parses at ES_LEVEL, and the pane’s own scripts are among them', () => {
  const scripts = fs.readdirSync(DIST).filter((f) => f.endsWith('.js'));
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const paneScripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+\.js)"?/g)].map((m) => m[1]).filter((s) => !s.startsWith('http'));
  expect(paneScripts.length).toBeGreaterThanOrEqual(2);
  for (const s of paneScripts) expect(scripts).toContain(s);
  expect(scripts.length).toBeGreaterThan(paneScripts.length);
  const failed = scripts.filter((f) => !parses(fs.readFileSync(path.join(DIST, f), 'utf8'), ES_LEVEL));
  expect(failed).toEqual([]);
});

test('the pane’s inline script comes right after office.js, is ES5, and sets Office.initialize', () => {
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const m = /<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?><\/script>\s*<script>([\s\S]*?)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  const inline = m![1];
  expect(parses(inline, 5)).toBe(true);
  expect(inline).toMatch(/Office\.initialize\s*=\s*function/);
  expect(html.indexOf('office.js')).toBeLessThan(html.indexOf('Office.initialize'));
});
