/** The command line end to end on the example workbook (real .xlsx files in a temp dir, the CLI as a child process). */
import { toolsPresent } from '../helpers/tools';
import * as fs from 'fs';
import * as path from 'path';
import * as crypto from 'crypto';
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { exampleBytes } from '../../scripts/make-example';
import { TABLE_NAMES } from '../../src/core/schema';
import { loadWorkbook, tempDir } from '../helpers/xlsx';
import { runCli } from './runCli';

const sha = (p: string) => crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');

/** value, number format and font of every cell of the source sheets. */
async function sourceCells(file: string) {
  const wb = await loadWorkbook(new Uint8Array(fs.readFileSync(file)));
  const out: Record<string, unknown> = {};
  wb.eachSheet((ws: ExcelJS.Worksheet) => {
    if (ws.name.startsWith('Báo cáo')) return;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        out[`${ws.name}!${c.address}`] = [c.value, c.numFmt, c.font?.name, c.font?.size, c.font?.bold, c.font?.italic];
      }),
    );
  });
  return out;
}

describe('cli on the example workbook', () => {
  const dir = tempDir('cchc-report-');
  const input = path.join(dir, 'ba-bich-2023.xlsx');
  const out = path.join(dir, 'out');

  beforeAll(async () => {
    fs.writeFileSync(input, await exampleBytes());
  });

  it('the example script is deterministic and matches the committed file', async () => {
    const a = await exampleBytes();
    const b = await exampleBytes();
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const committed = fs.readFileSync(path.resolve(__dirname, '../../examples/ba-bich-2023.xlsx'));
    expect(Buffer.compare(committed, Buffer.from(a))).toBe(0);
  });

  it('validate --json prints one JSON object with every table and exits 1 on errors', async () => {
    const r = await runCli(['validate', input, '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j).sort()).toEqual(['counts', 'file', 'issues', 'ok', 'tables']);
    expect(j.ok).toBe(false);
    expect(Object.keys(j.tables).sort()).toEqual([...TABLE_NAMES].sort());
    expect(j.tables.budget).toEqual({ sheet: 'Thu chi NS', range: expect.stringMatching(/^A\d+:F\d+$/) });
    expect(j.tables.dossiers).toBeNull();
    expect(j.counts.error).toBe(j.issues.filter((i: { severity: string }) => i.severity === 'error').length);
    expect(j.issues.some((i: { code: string }) => i.code === 'unit-mismatch')).toBe(true);
  });

  it('validate prints the tables and the issues grouped by sheet, in Vietnamese', async () => {
    const r = await runCli(['validate', input]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Các bảng số liệu:/);
    expect(r.stdout).toMatch(/Thu, chi ngân sách: sheet «Thu chi NS» A\d+:F\d+/);
    // The seed's flawed documents are cited in the narrative, so their issues are grouped under its sheet.
    expect(r.stdout).toMatch(/Sheet «Thuyet minh»:/);
    expect(r.stdout).toMatch(/\[Lỗi\]/);
  });

  it('report stops with status 1 on errors and writes nothing', async () => {
    const r = await runCli(['report', input, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--force/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('report --force --json writes the copy and the draft, never the input; twice leaves one report sheet', async () => {
    const before = sha(input);
    const r = await runCli(['report', input, '--out', out, '--force', '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.outputs).toEqual({ xlsx: path.join(out, 'ba-bich-2023.report.xlsx'), docx: path.join(out, 'ba-bich-2023.report.docx') });
    expect(j.figures.tthc.received).toBe(289);
    expect(Array.isArray(j.issues)).toBe(true);
    expect(sha(input)).toBe(before);
    expect(fs.readFileSync(j.outputs.docx).subarray(0, 2).toString()).toBe('PK');

    const wb = await loadWorkbook(new Uint8Array(fs.readFileSync(j.outputs.xlsx)));
    expect(wb.worksheets.filter((w) => w.name.startsWith('Báo cáo')).map((w) => w.name)).toEqual(['Báo cáo']);
    expect(await sourceCells(j.outputs.xlsx)).toEqual(await sourceCells(input));

    // Again, on the report copy itself: still one report sheet.
    const again = path.join(dir, 'again');
    const r2 = await runCli(['report', j.outputs.xlsx, '--out', again, '--force', '--json']);
    expect(r2.code).toBe(1);
    const wb2 = await loadWorkbook(new Uint8Array(fs.readFileSync(JSON.parse(r2.stdout).outputs.xlsx)));
    expect(wb2.worksheets.filter((w) => w.name.startsWith('Báo cáo')).map((w) => w.name)).toEqual(['Báo cáo']);
  });

  it("keeps a user's sheet named Báo cáo and puts the report in Báo cáo (2)", async () => {
    const wb = await loadWorkbook(new Uint8Array(fs.readFileSync(input)));
    wb.addWorksheet('Báo cáo').getCell('A1').value = 'Báo cáo của văn phòng';
    const mine = path.join(dir, 'co-bao-cao.xlsx');
    fs.writeFileSync(mine, new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await runCli(['report', mine, '--out', out, '--force']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/sheet «Báo cáo \(2\)»/);
    const res = await loadWorkbook(new Uint8Array(fs.readFileSync(path.join(out, 'co-bao-cao.report.xlsx'))));
    expect(res.getWorksheet('Báo cáo')!.getCell('A1').value).toBe('Báo cáo của văn phòng');
    expect(res.getWorksheet('Báo cáo (2)')).toBeDefined();
  });

  it('template writes a blank input workbook', async () => {
    const file = path.join(dir, 'mau.xlsx');
    const r = await runCli(['template', '--out', file]);
    expect(r.code).toBe(0);
    const wb = await loadWorkbook(new Uint8Array(fs.readFileSync(file)));
    expect(wb.worksheets.length).toBeGreaterThan(3);
  });

  const soffice = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((p) => fs.existsSync(p)) ?? 'soffice';
  (toolsPresent('soffice') ? it : it.skip)(
    'the report workbook opens in LibreOffice (converted to PDF without error)',
    () => {
      const file = path.join(out, 'ba-bich-2023.report.xlsx');
      const pdfDir = path.join(dir, 'pdf');
      const profile = `file://${tempDir('lo-')}`;
      execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, file], {
        timeout: 120000,
        stdio: 'pipe',
      });
      const pdf = path.join(pdfDir, 'ba-bich-2023.report.pdf');
      expect(fs.existsSync(pdf)).toBe(true);
      expect(fs.statSync(pdf).size).toBeGreaterThan(5000);
    },
    150000,
  );
});
