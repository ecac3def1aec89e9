/**
 * @jest-environment jsdom
 */
/** The task pane entry: old webviews get the plain message; Excel gets the React pane over the office host. */

jest.mock('../../src/taskpane/App', () => ({
  App: (props: { host: unknown; mode: string; lang: string; platform: string }) => (
    <p id="app">
      {(props.host as object).constructor.name === 'OfficeHost' ? 'office' : 'other'} {props.mode} {props.lang} {props.platform}
    </p>
  ),
}));

function setUserAgent(ua: string) {
  Object.defineProperty(window.navigator, 'userAgent', { value: ua, configurable: true });
}

function fakeOffice(host: string | null, onReady = jest.fn((cb: (info: { host: string | null }) => void) => cb({ host })), apiVersion = 14) {
  (globalThis as unknown as { Office: unknown }).Office = {
    onReady,
    HostType: { Excel: 'Excel' },
    context: {
      displayLanguage: 'vi-VN',
      platform: 'PC',
      requirements: { isSetSupported: (name: string, v?: string) => name === 'ExcelApi' && Number((v ?? '1.1').split('.')[1]) <= apiVersion },
    },
  };
  return onReady;
}

async function load(): Promise<void> {
  document.body.innerHTML = '<div id="root">Đang tải…</div>';
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../src/taskpane/index');
  });
  // The isolated module has its own React, outside act(): let its scheduler run.
  for (let i = 0; i < 20 && !document.getElementById('app'); i++) await new Promise((r) => setTimeout(r, 10));
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

test('in an old webview the entry shows the plain message and never waits for Office', async () => {
  setUserAgent('Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko');
  const onReady = fakeOffice('Excel');
  await load();
  expect(onReady).not.toHaveBeenCalled();
  expect(document.getElementById('app')).toBeNull();
  expect(document.querySelector('[role=alert]')!.textContent).toContain('web.html');
});

test('in Excel it mounts the pane over the office host, in the Office display language', async () => {
  setUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36 Edg/120.0');
  fakeOffice('Excel');
  await load();
  expect(document.getElementById('app')!.textContent).toBe('office addin vi PC');
});

test('in Excel without ExcelApi 1.7 it shows the plain message pointing to web.html, not the pane', async () => {
  setUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36 Edg/120.0');
  fakeOffice('Excel', undefined, 6);
  await load();
  expect(document.getElementById('app')).toBeNull();
  const alert = document.querySelector('[role=alert]')!;
  expect(alert.getAttribute('data-reason')).toBe('api');
  expect(alert.textContent).toContain('quá cũ');
  expect(alert.querySelector('a')!.getAttribute('href')).toBe('web.html');
});

test('outside Excel it says where to go instead of mounting a pane that cannot work', async () => {
  setUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36');
  fakeOffice(null);
  await load();
  expect(document.getElementById('app')).toBeNull();
  expect(document.getElementById('root')!.textContent).toContain('web.html');
});
