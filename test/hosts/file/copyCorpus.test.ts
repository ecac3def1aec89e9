/**
 * The report copy on real files (issue 18.5): every case of ../shared/cases the guard accepts and every
 * file of ../shared/corpus (real workbooks from other readers' test suites) gets a copy that reads back
 * with the same sheets, tables and figures; LibreOffice opens the copies (skipped without soffice, as
 * the other rendering tests, and failing in CI).
 */
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { FileHost, isFileError } from '../../../src/hosts/file';
import { expectCopyReadsAlike } from '../../helpers/copyInvariant';
import { tempDir } from '../../helpers/xlsx';
import { toolsPresent } from '../../helpers/tools';

const SHARED = path.resolve(__dirname, '../../../../shared');
const list = (dir: string) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => /\.xls[xm]$/.test(n)).map((n) => path.join(dir, n)) : [];
const cases = list(path.join(SHARED, 'cases'));
const corpus = list(path.join(SHARED, 'corpus'));
const hostile = list(path.join(SHARED, 'cases/hostile'));

/** The guard's and reader's verdict: a file they refuse has no copy to check (its own tests say why). */
async function readable(file: string): Promise<boolean> {
  try {
    await (await FileHost.open(new Uint8Array(fs.readFileSync(file)))).readSnapshot();
    return true;
  } catch (e) {
    if (isFileError(e)) return false;
    throw e;
  }
}

const out = tempDir('cchc-copies-');
const written: string[] = [];
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe.each([
  ['cases', cases],
  ['corpus', corpus],
  ['hostile', hostile],
])('the report copy of every readable file of ../shared/%s reads back alike', (_set, files) => {
  it.each(files.map((f) => [path.basename(f), f]))('%s', async (_name, file) => {
    if (!(await readable(file))) return;
    const copy = await expectCopyReadsAlike(new Uint8Array(fs.readFileSync(file)));
    const target = path.join(out, `${path.basename(file).replace(/\.xls[xm]$/, '')}.report.xlsx`);
    fs.writeFileSync(target, copy);
    written.push(target);
  }, 60000);
});

const hasSoffice = toolsPresent('soffice');
(hasSoffice ? it : it.skip)('LibreOffice opens the copies of the cases and of a sample of the corpus (one conversion run)', () => {
  const sample = written.filter((f, i) => !f.includes('300000') && (f.includes('/0') || f.includes('R4_') || f.includes('/2') || i % 4 === 0));
  expect(sample.length).toBeGreaterThan(5);
  const pdfDir = path.join(out, 'pdf');
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${path.join(out, 'lo-profile')}`, '--convert-to', 'csv', '--outdir', pdfDir, ...sample], { timeout: 240000, stdio: 'ignore' });
  for (const f of sample) {
    const csv = path.join(pdfDir, path.basename(f).replace(/\.xlsx$/, '.csv'));
    expect({ f, opened: fs.existsSync(csv) }).toEqual({ f, opened: true });
    // The copy opens on the report sheet: the CSV LibreOffice writes is that sheet.
    expect({ f, title: /SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH/.test(fs.readFileSync(csv, 'utf8')) }).toEqual({ f, title: true });
  }
}, 300000);
