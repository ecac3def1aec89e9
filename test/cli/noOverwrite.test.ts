/**
 * `report` never replaces an earlier output (a clerk may have edited her draft; `a.xls` and `a.xlsx` share
 * a name) unless --replace; --out must be a folder; the Vietnamese sentences hold no English fragment.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as crypto from 'crypto';
import { zipSync, strToU8 } from 'fflate';
import { exampleBytes } from '../../scripts/make-example';
import { tempDir } from '../helpers/xlsx';
import { runCli } from './runCli';

const sha = (p: string) => crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');

describe('report keeps what is already in the output folder', () => {
  const dir = tempDir('cchc-nooverwrite-');
  const input = path.join(dir, 'xa.xlsx');
  beforeAll(async () => fs.writeFileSync(input, await exampleBytes()));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('twice into one folder: the second pair is "xa.report (2)", the first (edited) pair is untouched; --replace replaces', async () => {
    const out = path.join(dir, 'out');
    const r1 = await runCli(['report', input, '--force', '--json', '--out', out]);
    expect(JSON.parse(r1.stdout).outputs).toEqual({ xlsx: path.join(out, 'xa.report.xlsx'), docx: path.join(out, 'xa.report.docx') });
    fs.writeFileSync(path.join(out, 'xa.report.docx'), 'bản nháp chị đã sửa');
    const kept = { xlsx: sha(path.join(out, 'xa.report.xlsx')), docx: sha(path.join(out, 'xa.report.docx')) };

    const r2 = await runCli(['report', input, '--force', '--out', out]);
    expect(r2.code).toBe(1);
    expect(r2.stdout).toContain(path.join(out, 'xa.report (2).docx'));
    expect(sha(path.join(out, 'xa.report.xlsx'))).toBe(kept.xlsx);
    expect(sha(path.join(out, 'xa.report.docx'))).toBe(kept.docx);
    for (const f of ['xa.report (2).xlsx', 'xa.report (2).docx']) expect(fs.readFileSync(path.join(out, f)).subarray(0, 2).toString()).toBe('PK');

    const r3 = await runCli(['report', input, '--force', '--replace', '--json', '--out', out]);
    expect(JSON.parse(r3.stdout).outputs.docx).toBe(path.join(out, 'xa.report.docx'));
    expect(fs.readFileSync(path.join(out, 'xa.report.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readdirSync(out).sort()).toEqual(['xa.report (2).docx', 'xa.report (2).xlsx', 'xa.report.docx', 'xa.report.xlsx']);
  });

  it('one name of the pair taken (a.xls then a.xlsx): both outputs take the same next number', async () => {
    const out = path.join(dir, 'half');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'xa.report.docx'), 'từ xa.xls');
    fs.writeFileSync(path.join(out, 'xa.report (2).xlsx'), 'cũ');
    const r = await runCli(['report', input, '--force', '--json', '--out', out]);
    expect(JSON.parse(r.stdout).outputs).toEqual({ xlsx: path.join(out, 'xa.report (3).xlsx'), docx: path.join(out, 'xa.report (3).docx') });
    expect(fs.readFileSync(path.join(out, 'xa.report.docx'), 'utf8')).toBe('từ xa.xls');
    expect(fs.existsSync(path.join(out, 'xa.report.xlsx'))).toBe(false);
  });

  it('--out naming a file: exit 2 and one Vietnamese sentence saying --out must be a folder, before any check is printed', async () => {
    const r = await runCli(['report', input, '--force', '--out', input]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(''); // not the whole check first, then the refusal
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/--out phải là một thư mục/);
    expect(lines[0]).not.toMatch(/EEXIST|ENOTDIR/);
    const nested = await runCli(['report', input, '--force', '--out', path.join(input, 'con')]);
    expect(nested.stderr).toMatch(/--out phải là một thư mục/);
  });
});

describe('why a file cannot be used, in plain Vietnamese', () => {
  const dir = tempDir('cchc-plainvi-');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a truncated zip: the technical reason stays out of the sentence in both languages, only in --json detail', async () => {
    const file = path.join(dir, 'cut.xlsx');
    const whole = await exampleBytes();
    fs.writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
    const vi = await runCli(['validate', file]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toMatch(/bị hỏng/);
    expect(vi.stderr).not.toMatch(/\([a-z][a-z ]+\)/);
    const json = JSON.parse((await runCli(['validate', file, '--json'])).stdout);
    expect(json.error.code).toBe('damaged');
    expect(json.error.detail).toMatch(/zip/);
    const en = await runCli(['validate', file, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr.trim()).toBe('The .xlsx file is damaged or incomplete; open it in Excel, save it again and retry.');
    const enJson = JSON.parse((await runCli(['validate', file, '--json', '--lang', 'en'])).stdout);
    expect(enJson.error.message).not.toMatch(/zip|\(/);
    expect(enJson.error.detail).toMatch(/zip/);
  });

  it('a Word document and a PowerPoint file renamed .xlsx are named for what they are', async () => {
    const out = path.join(dir, 'out');
    fs.writeFileSync(path.join(dir, 'xa.xlsx'), await exampleBytes());
    const r = await runCli(['report', path.join(dir, 'xa.xlsx'), '--force', '--json', '--out', out]);
    const word = path.join(dir, 'word.xlsx');
    fs.copyFileSync(JSON.parse(r.stdout).outputs.docx, word);
    const w = await runCli(['validate', word]);
    expect(w.code).toBe(2);
    expect(w.stderr).toMatch(/tài liệu Word.*không phải bảng tính Excel/);

    const ppt = path.join(dir, 'slides.xlsx');
    fs.writeFileSync(
      ppt,
      zipSync({
        '[Content_Types].xml': strToU8(
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>',
        ),
        '_rels/.rels': strToU8(
          '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/></Relationships>',
        ),
        'ppt/presentation.xml': strToU8('<?xml version="1.0"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>'),
      }),
    );
    const p = await runCli(['validate', ppt]);
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/PowerPoint.*không phải bảng tính Excel/);
  });
});
