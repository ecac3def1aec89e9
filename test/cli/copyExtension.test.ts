/**
 * The report copy's extension follows its package (tester 7 item 15): a macro-enabled workbook (.xlsm) keeps its
 * macros, so its copy is an .xlsm (Excel refuses a package typed `sheet.macroEnabled.main+xml` named .xlsx); a
 * template's copy (.xltx) is a workbook, typed as one. The command line names it so; the page's worker says the
 * extension with the bytes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import { exampleBytes } from '../../scripts/make-example';
import { FileHost } from '../../src/hosts/file';
import { defaultCore } from '../../src/ui/core';
import { createHandler, type FileHostFactory } from '../../src/web/handler';
import type { ReportReply, WorkerReply } from '../../src/web/protocol';
import { tempDir } from '../helpers/xlsx';
import { runCli } from './runCli';

const MACRO = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
const VBA = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]);

/** The example made macro-enabled as Excel saves one: the workbook's content type and a vbaProject.bin part. */
async function macroExample(): Promise<Uint8Array> {
  const parts = unzipSync(await exampleBytes());
  const types = strFromU8(parts['[Content_Types].xml']);
  expect(types).toContain('spreadsheetml.sheet.main+xml');
  parts['[Content_Types].xml'] = strToU8(
    types
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', MACRO)
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']);
  parts['xl/_rels/workbook.xml.rels'] = strToU8(
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  parts['xl/vbaProject.bin'] = VBA;
  return zipSync(parts);
}

/** The example as a template (.xltx): only its main part's content type differs. */
async function templateExample(): Promise<Uint8Array> {
  const parts = unzipSync(await exampleBytes());
  parts['[Content_Types].xml'] = strToU8(strFromU8(parts['[Content_Types].xml']).replace('spreadsheetml.sheet.main+xml', 'spreadsheetml.template.main+xml'));
  return zipSync(parts);
}

describe('the report copy of a macro-enabled workbook', () => {
  const dir = tempDir('cchc-xlsm-');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is written as <name>.report.xlsm with its macros and the report sheet', async () => {
    const input = path.join(dir, 'so lieu.xlsm');
    fs.writeFileSync(input, await macroExample());
    const r = await runCli(['report', input, '--force', '--out', dir]);
    expect([0, 1]).toContain(r.code);
    expect(fs.existsSync(path.join(dir, 'so lieu.report.xlsx'))).toBe(false);
    const copy = unzipSync(fs.readFileSync(path.join(dir, 'so lieu.report.xlsm')));
    expect(strFromU8(copy['[Content_Types].xml'])).toContain(MACRO);
    expect(copy['xl/vbaProject.bin']).toEqual(VBA);
    expect(strFromU8(copy['xl/workbook.xml'])).toContain('name="Báo cáo"');
    expect(fs.existsSync(path.join(dir, 'so lieu.report.docx'))).toBe(true);
    expect(r.stdout).toContain('so lieu.report.xlsm');
  });

  it('the file host says which extension its saved bytes need', async () => {
    const macro = await FileHost.open(await macroExample());
    expect(macro.copyExtension()).toBe('xlsm');
    const plain = await FileHost.open(await exampleBytes());
    expect(plain.copyExtension()).toBe('xlsx');
  });

  it("the page's worker answers the copy with its extension, the macros kept", async () => {
    const files: FileHostFactory = { open: (b) => FileHost.open(b), blank: () => FileHost.blank() };
    const replies: WorkerReply[] = [];
    const handle = createHandler((r) => replies.push(r), files, defaultCore);
    await handle({ id: 1, type: 'check', lang: 'vi', bytes: await macroExample() });
    await handle({ id: 2, type: 'report', lang: 'vi' });
    const r = replies.at(-1)!;
    if (r.type !== 'done') throw new Error(JSON.stringify(r));
    const copy = r.result as ReportReply;
    expect(copy.extension).toBe('xlsm');
    expect(unzipSync(copy.bytes)['xl/vbaProject.bin']).toEqual(VBA);
  });
});

test("a template's copy is a workbook named .xlsx, its main part typed as a workbook's", async () => {
  const dir = tempDir('cchc-xltx-');
  try {
    const input = path.join(dir, 'mau.xltx');
    fs.writeFileSync(input, await templateExample());
    const r = await runCli(['report', input, '--force', '--out', dir]);
    expect([0, 1]).toContain(r.code);
    const types = strFromU8(unzipSync(fs.readFileSync(path.join(dir, 'mau.report.xlsx')))['[Content_Types].xml']);
    expect(types).toContain('spreadsheetml.sheet.main+xml');
    expect(types).not.toContain('template.main+xml');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
