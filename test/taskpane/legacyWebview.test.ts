/** Old webviews get a plain message pointing to web.html, from an inline ES5 script that runs before the bundle. */
import { JSDOM, ResourceLoader } from 'jsdom';
import { parse } from 'acorn';
import { isLegacyWebview, showLegacyMessage } from '../../src/taskpane/legacyWebview';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { legacyScript } = require('../../webpack.config.js') as { legacyScript: () => string };

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko';
const EDGE_LEGACY = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';
const WEBVIEW2 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91';

test('IE 11 and Edge Legacy are old webviews; WebView2 (Edg/) is not', () => {
  expect(isLegacyWebview(IE11)).toBe(true);
  expect(isLegacyWebview(EDGE_LEGACY)).toBe(true);
  expect(isLegacyWebview(WEBVIEW2)).toBe(false);
});

test('the inline script is plain ES5 (IE 11 must be able to parse it)', () => {
  expect(() => parse(legacyScript(), { ecmaVersion: 5 })).not.toThrow();
});

/** The page after DOMContentLoaded (the script waits for the body). */
async function page(userAgent: string): Promise<JSDOM> {
  const html = `<!doctype html><html><head><script>${legacyScript()}</script></head><body><div id="root">Đang tải…</div></body></html>`;
  const dom = new JSDOM(html, { runScripts: 'dangerously', resources: new ResourceLoader({ userAgent }), url: 'https://localhost:3000/taskpane.html' });
  await new Promise((resolve) => dom.window.document.addEventListener('DOMContentLoaded', resolve));
  return dom;
}

test('in IE 11 the page shows the Vietnamese and English message with a link to web.html', async () => {
  const dom = await page(IE11);
  const doc = dom.window.document;
  expect(doc.getElementById('root')).toBeNull();
  const alert = doc.querySelector('[role=alert]')!;
  expect(alert.querySelector('[lang=vi] h1')!.textContent).toContain('Báo cáo CCHC');
  expect(alert.querySelector('[lang=en] h1')!.textContent).toContain('CCHC report');
  const links = [...alert.querySelectorAll('a')].map((a) => a.href);
  expect(links).toEqual(['https://localhost:3000/web.html', 'https://localhost:3000/web.html']);
  expect(alert.textContent).toContain('https://localhost:3000/web.html');
  expect((dom.window as unknown as { __cchcLegacyWebview?: boolean }).__cchcLegacyWebview).toBe(true);
});

test('in WebView2 the inline script leaves the page alone', async () => {
  const doc = (await page(WEBVIEW2)).window.document;
  expect(doc.getElementById('root')!.textContent).toBe('Đang tải…');
  expect(doc.querySelector('[role=alert]')).toBeNull();
});

test('showLegacyMessage replaces the body, with no React', () => {
  const dom = new JSDOM('<body><div id="root"></div></body>', { url: 'https://cchc.example.vn/taskpane.html' });
  showLegacyMessage(dom.window.document);
  expect(dom.window.document.body.children).toHaveLength(1);
  expect(dom.window.document.querySelector('code')!.textContent).toBe('https://cchc.example.vn/web.html');
});
