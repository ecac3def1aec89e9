/** The add-in manifest: valid against Microsoft's XSD (offline), every URL served by the build, real icons. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
const schema = join(root, '..', 'shared', 'office-manifest-schemas', 'OfficeAppManifestV1_1.xsd');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../webpack.config.js') as {
  rewriteManifest: (xml: string, url: string) => string;
  productionUrl: (env: Record<string, string | undefined>, required?: boolean) => string | null;
  NO_ADDIN_URL: string;
} & ((env: Record<string, unknown>, argv: { mode: string }) => Promise<{ plugins: { patterns?: { from: string }[] }[] }>);

test('manifest.xml validates against OfficeAppManifestV1_1.xsd with xmllint (no network)', () => {
  const out = execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema, 'manifest.xml'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  expect(out).toBe('');
});

test('xmllint really rejects a broken manifest', () => {
  const broken = manifest.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>');
  expect(() => execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema, '-'], { input: broken, stdio: 'pipe' })).toThrow();
});

test('the manifest is a Workbook task pane with a fixed id, vi-VN by default, and the lowest API set the pane needs', () => {
  expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
  expect(manifest).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
  expect(manifest).toContain('<DefaultLocale>vi-VN</DefaultLocale>');
  expect(manifest).toContain('<Override Locale="en-US"');
  expect(manifest).toContain('<Host Name="Workbook"/>');
  // 1.1, so that Office 2016 lists the add-in and its pane shows the message (1.7 is checked at start-up).
  expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.1"/>');
  expect(manifest).not.toMatch(/MinVersion="1\.[2-9]/);
  expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
  expect(manifest).toContain('<OfficeTab id="TabHome">');
  expect(manifest).toContain('<Action xsi:type="ShowTaskpane">');
  expect(manifest).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
});

test('every URL is a page the build makes or an icon in assets/, and the icons are PNGs of the stated size', () => {
  const pages: Record<string, string> = {
    'taskpane.html': 'src/taskpane/taskpane.html',
    'commands.html': 'src/commands/commands.html',
    'web.html': 'src/web/web.html',
  };
  const urls = [...manifest.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(8);
  for (const url of urls) {
    expect(url.startsWith('https://localhost:3000')).toBe(true);
    const file = url.replace(/^https:\/\/localhost:3000\/?/, '');
    if (file === '') continue; // the AppDomain
    if (file.startsWith('assets/')) {
      const png = readFileSync(join(root, file));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    } else {
      expect(pages[file]).toBeDefined();
      expect(existsSync(join(root, pages[file]))).toBe(true);
    }
  }
  for (const size of [16, 32, 80]) expect(manifest).toContain(`<bt:Image size="${size}" resid="Icon.${size}x${size}"/>`);
});

test('the production build points every URL to ADDIN_URL and the result still validates', () => {
  const url = webpackConfig.productionUrl({ ADDIN_URL: 'https://baocao.xa.vn/cchc' })!;
  expect(url).toBe('https://baocao.xa.vn/cchc/');
  // Without ADDIN_URL: no address (the build writes no manifest), and the packaging step refuses in a sentence.
  expect(webpackConfig.productionUrl({})).toBeNull();
  expect(() => webpackConfig.productionUrl({ ADDIN_URL: ' ' }, true)).toThrow(webpackConfig.NO_ADDIN_URL);
  expect(webpackConfig.NO_ADDIN_URL).toMatch(/^ADDIN_URL is not set.*npm run build:addin$/);
  expect(() => webpackConfig.productionUrl({ ADDIN_URL: 'http://insecure.vn/' })).toThrow(/https/);
  const prod = webpackConfig.rewriteManifest(manifest, url);
  expect(prod).not.toContain('localhost');
  expect(prod).toContain('<SourceLocation DefaultValue="https://baocao.xa.vn/cchc/taskpane.html"/>');
  expect(prod).toContain('<AppDomain>https://baocao.xa.vn/cchc</AppDomain>');
  execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema, '-'], { input: prod, stdio: 'pipe' });
});

test('a production build without ADDIN_URL writes no manifest; the packaging step (--env addin) stops with the sentence', async () => {
  const saved = process.env.ADDIN_URL;
  delete process.env.ADDIN_URL;
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const copied = async (env: Record<string, unknown>) =>
      (await webpackConfig(env, { mode: 'production' })).plugins.flatMap((p) => (p.patterns ?? []).map((x) => x.from));
    expect(await copied({})).toEqual(['assets/*.png']);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/dist\/manifest\.xml is not written/));
    await expect(webpackConfig({ addin: true }, { mode: 'production' })).rejects.toThrow(webpackConfig.NO_ADDIN_URL);
    process.env.ADDIN_URL = 'https://baocao.xa.vn/cchc/';
    expect(await copied({ addin: true })).toEqual(['assets/*.png', 'manifest.xml']);
  } finally {
    warn.mockRestore();
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  }
});
