/**
 * Tester 6 item 17: «Ghim cột» then «Tải báo cáo Excel» on a real one-stop export whose package is not laid
 * out as Excel lays it out (comments under xl/comments/, absolute relationship targets). The pins' very hidden
 * sheet is written into the user's own package, so the copy is made, keeps the file's parts, and carries the pin
 * to the command line. The web page's worker (real file host, real core) and the command line on its download.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { unzipSync, strFromU8 } from 'fflate';
import { FileHost } from '../../src/hosts/file';
import { defaultCore } from '../../src/ui/core';
import { createHandler, type FileHostFactory } from '../../src/web/handler';
import type { ReportReply, WorkerReply } from '../../src/web/protocol';
import type { AnalysisView } from '../../src/ui/analysisView';
import type { UnpinResult } from '../../src/ui/actions';
import { runCli } from '../cli/runCli';
import { toolsPresent } from '../helpers/tools';
import { loadWorkbook } from '../helpers/xlsx';

const FILE = path.resolve(__dirname, '../../../shared/realworld/opencps_dossiercount1_filled.xlsx');

function worker() {
  const files: FileHostFactory = { open: (b) => FileHost.open(b), blank: () => FileHost.blank() };
  const replies: WorkerReply[] = [];
  const handle = createHandler((r) => replies.push(r), files, defaultCore);
  let id = 0;
  return async <T>(body: Record<string, unknown>): Promise<T> => {
    await handle({ ...body, id: ++id } as never);
    const r = replies.at(-1)!;
    if (r.type !== 'done') throw new Error(JSON.stringify(r));
    return r.result as T;
  };
}

test('a pinned report copy of the real OpenCPS export is written, keeps its comments, and the command line reads the pin', async () => {
  const input = new Uint8Array(fs.readFileSync(FILE));
  const ask = worker();
  await ask({ type: 'check', lang: 'vi', bytes: input.slice() });
  // «Trực tuyến» pinned to column D, as the tester did from the page's list.
  await ask({ type: 'pinField', lang: 'vi', table: 'tthc', field: 'online', column: 'D' });
  const copy = await ask<ReportReply>({ type: 'report', lang: 'vi' });
  expect(copy.sheet).toBe('Báo cáo');

  const before = unzipSync(input);
  const after = unzipSync(copy.bytes);
  // The file's own comments and their drawing stay, byte for byte, where the file put them.
  for (const name of ['xl/comments/comment1.xml', 'xl/drawings/commentsDrawing1.vml', 'xl/worksheets/_rels/sheet1.xml.rels']) {
    expect(strFromU8(after[name])).toBe(strFromU8(before[name]));
  }
  const workbook = strFromU8(after['xl/workbook.xml']);
  expect(workbook).toMatch(/<sheet name="_cchc_settings" sheetId="\d+" state="veryHidden"/);
  expect(workbook.match(/<sheet /g)).toHaveLength(3);

  // The pin travels: opened again, the copy holds it, and the command line reads it from the file.
  expect(await (await FileHost.open(copy.bytes)).loadOverrides()).toEqual({ fields: { tthc: { online: 'D' } } });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pinned-copy-'));
  const file = path.join(dir, 'da-ghim.xlsx');
  fs.writeFileSync(file, copy.bytes);
  // Unpinned, the command line asks for the online column; the pinned copy has it (validate --json on each).
  const asksForOnline = async (f: string) => {
    const r = await runCli(['validate', f, '--json']);
    const json = JSON.parse(r.stdout) as { issues: { code: string; field?: string }[] };
    return json.issues.some((i) => i.code === 'missing-label' && i.field === 'online');
  };
  expect(await asksForOnline(FILE)).toBe(true);
  expect(await asksForOnline(file)).toBe(false);
});

test('pinning again rewrites the one settings sheet in place; the report sheet written after it opens the copy', async () => {
  const host = await FileHost.open(new Uint8Array(fs.readFileSync(FILE)));
  await host.saveOverrides({ fields: { tthc: { online: 'D' } } });
  await host.saveOverrides({});
  const bytes = await host.save();
  const workbook = strFromU8(unzipSync(bytes)['xl/workbook.xml']);
  expect(workbook.match(/name="_cchc_settings"/g)).toHaveLength(1);
  const again = await FileHost.open(bytes);
  expect(await again.loadOverrides()).toEqual({});
  expect((await again.readSnapshot()).sheets.map((s) => s.name)).not.toContain('_cchc_settings');
});

test('«Bỏ ghim» on the page (tester 6 item 19): the pin leaves the checks and the report copy, and the command line asks again', async () => {
  const ask = worker();
  await ask({ type: 'check', lang: 'vi', bytes: new Uint8Array(fs.readFileSync(FILE)) });
  await ask({ type: 'pinField', lang: 'vi', table: 'tthc', field: 'online', column: 'E' });
  expect(await ask({ type: 'pins' })).toEqual({ fields: { tthc: { online: 'E' } } });
  const pinnedCopy = await ask<ReportReply>({ type: 'report', lang: 'vi' });

  // The pinned copy opened again: its pin is listed, and removed.
  const again = worker();
  const first = await again<AnalysisView>({ type: 'check', lang: 'vi', bytes: pinnedCopy.bytes });
  expect(first.tables.tthc!.located.pinned).toBe(true);
  expect(await again({ type: 'pins' })).toEqual({ fields: { tthc: { online: 'E' } } });
  const r = await again<UnpinResult<AnalysisView>>({ type: 'unpin', lang: 'vi', table: 'tthc', field: 'online' });
  expect(r.pins).toEqual({});
  expect(r.analysis.issues.some((i) => i.code === 'missing-label' && i.field === 'online')).toBe(true);
  const unpinned = await again<ReportReply>({ type: 'report', lang: 'vi' });
  expect(await (await FileHost.open(unpinned.bytes)).loadOverrides()).toEqual({});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unpinned-copy-'));
  const file = path.join(dir, 'bo-ghim.xlsx');
  fs.writeFileSync(file, unpinned.bytes);
  const json = JSON.parse((await runCli(['validate', file, '--json'])).stdout) as { issues: { code: string; field?: string }[] };
  expect(json.issues.some((i) => i.code === 'missing-label' && i.field === 'online')).toBe(true);
});

describe('the last pin removed on the page: the copy holds a settings sheet with no pin and stays a valid workbook', () => {
  const EXAMPLE = path.resolve(__dirname, '../../examples/ba-bich-2023.xlsx');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'last-unpin-'));
  const copies: string[] = [];

  test('exceljs opens it (settings very hidden, «{}»), the file host and the command line read no pin; pinned again, one sheet holds the pin', async () => {
    const pinning = worker();
    await pinning({ type: 'check', lang: 'vi', bytes: new Uint8Array(fs.readFileSync(EXAMPLE)) });
    await pinning({ type: 'pinField', lang: 'vi', table: 'budget', field: 'actual', column: 'E' });
    const pinned = await pinning<ReportReply>({ type: 'report', lang: 'vi' });

    const ask = worker();
    await ask({ type: 'check', lang: 'vi', bytes: pinned.bytes });
    expect((await ask<UnpinResult<AnalysisView>>({ type: 'unpin', lang: 'vi', table: 'budget', field: 'actual' })).pins).toEqual({});
    const unpinned = await ask<ReportReply>({ type: 'report', lang: 'vi' });
    const file = path.join(dir, 'bo-ghim-het.xlsx');
    fs.writeFileSync(file, unpinned.bytes);
    copies.push(file);

    const wb = await loadWorkbook(unpinned.bytes);
    const settings = wb.getWorksheet('_cchc_settings')!;
    expect(settings.state).toBe('veryHidden');
    expect(settings.getCell('A2').value).toBe('{}');
    expect(wb.worksheets.filter((w) => w.name === 'Báo cáo')).toHaveLength(1);
    expect(wb.getWorksheet('Thu chi NS')!.getCell('E9').value).toBe(1220963992);
    expect(await (await FileHost.open(unpinned.bytes)).loadOverrides()).toEqual({});
    const json = JSON.parse((await runCli(['validate', file, '--json'])).stdout) as { error?: unknown; tables: Record<string, unknown> };
    // A usable workbook (a file that cannot be used answers {ok: false, error}), read as the input was.
    expect(json.error).toBeUndefined();
    expect(json.tables.budget).toEqual({ sheet: 'Thu chi NS', range: 'A5:F9' });

    // Unpinned, then pinned again: the one settings sheet holds the pin.
    await ask({ type: 'pinField', lang: 'vi', table: 'budget', field: 'actual', column: 'E' });
    const repinned = await ask<ReportReply>({ type: 'report', lang: 'vi' });
    expect(strFromU8(unzipSync(repinned.bytes)['xl/workbook.xml']).match(/name="_cchc_settings"/g)).toHaveLength(1);
    expect(await (await FileHost.open(repinned.bytes)).loadOverrides()).toEqual({ fields: { budget: { actual: 'E' } } });
  }, 60_000);

  (toolsPresent('soffice') ? test : test.skip)(
    'LibreOffice opens it and finds the report sheet',
    () => {
      expect(copies).toHaveLength(1);
      const csvDir = path.join(dir, 'csv');
      // Every sheet to its own CSV (the last filter token, -1), UTF-8 (76).
      const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
      execFileSync(
        'soffice',
        ['--headless', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', filter, '--outdir', csvDir, ...copies],
        {
          timeout: 120_000,
          stdio: 'ignore',
        },
      );
      const csvs = fs.readdirSync(csvDir);
      expect(csvs.some((c) => /SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH/.test(fs.readFileSync(path.join(csvDir, c), 'utf8')))).toBe(true);
      expect(csvs.some((c) => fs.readFileSync(path.join(csvDir, c), 'utf8').includes('Tổng chi ngân sách xã'))).toBe(true);
    },
    180_000,
  );
});
