/**
 * One vocabulary on every front door (issue 11 §1; the rule in docs/where-to-change-what.md, "Words the
 * user reads"): a sheet is a "sheet" ("trang" is a web page), the levels are Lỗi / Cảnh báo / Lưu ý, the
 * issues about no one sheet are "Chung", and every quotation stands in «…», in both languages. Scans the
 * issue catalogue, the labels, the command line's words, the pane's and the page's words, the report
 * sheet and the roll-up workbook of the example, and the template sheets.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CODE_CATALOGUE, PHRASES, PIN_HINTS, SENTENCES, type Bilingual, type Lang, type PinHintKey } from '../../src/core/issues';
import { GENERAL_LABEL, SEVERITY_HEADING, SEVERITY_LABEL, TABLE_LABEL, severityCount } from '../../src/core/labels';
import { SCHEMA, TABLE_NAMES } from '../../src/core/schema';
import { analyze, type Analysis } from '../../src/core/analyze';
import { reportSheetLayout } from '../../src/core/layout/reportSheet';
import { templateLayouts } from '../../src/core/layout/template';
import { buildRollup, communeResult } from '../../src/core/rollup';
import { rollupSheets } from '../../src/core/rollup/sheets';
import { NOT_SUMMED } from '../../src/core/rollup/words';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { USAGE, m } from '../../src/cli/cliText';
import { rm } from '../../src/cli/rollup/messages';
import { STRINGS } from '../../src/ui/i18n';

const LANGS: Lang[] = ['vi', 'en'];
/** A template's words; a pin hint's, the pane's (every door's are scanned below with PIN_HINTS). */
const both = (t: Bilingual | string): Bilingual =>
  typeof t !== 'string' ? t : t in PIN_HINTS ? PIN_HINTS[t as PinHintKey].pane : PHRASES[t as keyof typeof PHRASES];

let example: Analysis;
beforeAll(async () => {
  example = analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(path.resolve(__dirname, '../../examples/ba-bich-2023.xlsx')))));
});

/** Every text a user reads, by where it comes from, in `lang`. */
function texts(lang: Lang): [string, string][] {
  const out: [string, string][] = [];
  const add = (where: string, t: string | null | undefined) => {
    if (t) out.push([where, t]);
  };
  for (const [k, e] of Object.entries(SENTENCES)) {
    add(`sentence ${k}`, both(e.message)[lang]);
    if ('hint' in e && e.hint) add(`sentence ${k} hint`, both(e.hint)[lang]);
  }
  for (const [k, p] of Object.entries(PHRASES)) add(`phrase ${k}`, p[lang]);
  for (const [k, h] of Object.entries(PIN_HINTS)) for (const [door, t] of Object.entries(h)) add(`pin hint ${k} ${door}`, t[lang]);
  for (const [k, c] of Object.entries(CODE_CATALOGUE)) add(`code ${k}`, `${c.title[lang]}: ${c.meaning[lang]}`);
  for (const t of [...Object.values(SEVERITY_LABEL), ...Object.values(SEVERITY_HEADING), ...Object.values(TABLE_LABEL), GENERAL_LABEL]) add('labels', t[lang]);
  add('cli usage', USAGE[lang]);
  const cli = [
    m.file(lang, 'a.xlsx'),
    m.tablesHeading(lang),
    m.tableFound(lang, 'Bảng', 'staff', m.place(lang, 'CBCC', 'A1:B2')),
    m.tableMissing(lang, 'Bảng', 'staff'),
    m.counts(lang, severityCount('error', 2, lang)),
    m.general(lang),
    m.sheetHeading(lang, 'CBCC'),
    m.okNoErrors(lang),
    m.hasErrors(lang, 2),
    m.stopped(lang, 2),
    m.wrote(lang, m.reportWorkbook(lang, 'Báo cáo'), 'out/a.report.xlsx'),
    m.wrote(lang, m.wordDraft(lang), 'x'),
    m.template(lang),
    m.keptEarlier(lang, 'mau.xlsx'),
    m.notFound(lang, 'a.xlsx'),
    m.isDirectory(lang, 'a'),
    m.sameAsInput(lang),
    m.cannotRead(lang, 'a.xlsx', 'EACCES'),
    m.copyFailed(lang, 'lý do'),
    m.outNotFolder(lang, 'a'),
    m.outLooksLikeFile(lang, 'x.docx', 'x'),
    m.outParentMissing(lang, 'a/b', 'a'),
    m.madeFolder(lang, 'a'),
    m.pinned(lang),
    m.cannotWrite(lang, 'a.xlsx', 'ENOSPC'),
    m.cannotWrite(lang, 'a.xlsx', 'EXYZ'),
    m.internal(lang, 'lý do'),
    ...(['read', 'check', 'write', 'word'] as const).map((s) => m.progress(lang, s)),
    rm.noFiles(lang),
    rm.progress(lang, 1, 2, 'a.xlsx'),
    rm.heading(lang, 2, 1, 1),
    rm.commune(lang, '✓', 'a.xlsx', null, '01/01/2023 – 31/03/2023', 1, 2),
    rm.refusedHeading(lang),
    rm.totalsTthc(lang, '1', '2%', '3%'),
    rm.rollupWorkbook(lang),
    rm.summaryDraft(lang),
    rm.outIsInput(lang, 'a.xlsx'),
  ];
  cli.forEach((t) => add('cli', t));
  for (const [k, t] of Object.entries(STRINGS[lang])) add(`pane/page ${k}`, t);
  const cells = (where: string, values: (string | number | null | undefined)[]) => values.forEach((v) => typeof v === 'string' && add(where, v));
  cells(
    'report sheet',
    reportSheetLayout(example, lang, 'pane').cells.map((c) => c.value),
  );
  for (const t of templateLayouts(lang))
    cells(
      `template ${t.name}`,
      t.cells.map((c) => c.value),
    );
  const rollup = buildRollup([communeResult('a.xlsx', example)], []);
  cells('roll-up files not summed', [
    NOT_SUMMED.earlierRollup()[lang],
    NOT_SUMMED.sameBytes('a.xlsx', 'a (1).xlsx')[lang],
    NOT_SUMMED.sameCommune('a.xlsx', 'b.xlsx', 'UBND xã A', null, true)[lang],
    NOT_SUMMED.sameCommune('a.xlsx', 'b.xlsx', 'UBND xã A', 'UBND huyện B', false)[lang],
  ]);
  for (const s of rollupSheets(rollup, lang)) {
    cells(`roll-up ${s.name}`, [s.name, s.title, ...s.notes, ...s.columns.map((c) => c.title)]);
    cells(
      `roll-up ${s.name}`,
      s.rows.flat().map((c) => c.v),
    );
  }
  return out;
}

/** What the user's own workbook says (sheet names, cells' text) is not ours: taken out before the scan. */
const ours = (t: string) => t.replace(/«[^»]*»/g, '«»');

describe.each(LANGS)('the words in %s', (lang) => {
  it('quote in «…» only', () => {
    const bad = texts(lang).filter(([, t]) => /["“”]/.test(ours(t)));
    expect(bad).toEqual([]);
  });

  it('call a sheet "sheet", never "trang" (a web page) or "trang tính"', () => {
    const bad = texts(lang).filter(([, t]) => /\btrang\b(?! web| riêng)/i.test(ours(t).replace(/tải lại trang/g, '')));
    expect(bad).toEqual([]);
  });

  it('name the info level and the issues of no one sheet one way', () => {
    const bad = texts(lang).filter(([, t]) => /\d+ ghi chú|toàn bảng tính|cả bảng tính|whole workbook/i.test(t));
    expect(bad).toEqual([]);
  });
});

describe('one place for the labels', () => {
  it("the schema takes its tables' names from labels.ts", () => {
    for (const name of TABLE_NAMES) expect(SCHEMA[name].label).toBe(TABLE_LABEL[name]);
  });

  it('the report sheet tags each issue with a label of labels.ts and files the issues of no sheet under «Chung»', () => {
    for (const lang of LANGS) {
      const layout = reportSheetLayout(
        { ...example, issues: [...example.issues, { ...example.issues[0], sheet: '', cell: '', severity: 'info' }] },
        lang,
        'pane',
      );
      const values = layout.cells.map((c) => c.value);
      expect(values).toContain(GENERAL_LABEL[lang]);
      expect(values).toContain(SEVERITY_LABEL.info[lang]);
      expect(values).toContain(SEVERITY_LABEL.warning[lang]);
    }
  });

  it('no other file spells a severity label (grep -rn "\'Lỗi\'\\|Cảnh báo" src)', () => {
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
    const src = path.resolve(__dirname, '../../src');
    const copies = files(src)
      .filter((f) => f !== path.join(src, 'core/labels.ts'))
      .filter((f) => /['"`](Lỗi|Cảnh báo|Lưu ý)['"`]/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(src, f));
    expect(copies).toEqual([]);
  });

  it("the info level is «Lưu ý» everywhere: no user text calls it «Ghi chú» (only the report sheet's remarks column is headed so)", () => {
    expect(SEVERITY_LABEL.info.vi).toBe('Lưu ý');
    const bad = [...texts('vi'), ...texts('en')].filter(([where, t]) => !where.startsWith('report sheet') && /ghi chú/i.test(ours(t)));
    expect(bad).toEqual([]);
  });

  it("counts read in the labels' words", () => {
    expect(severityCount('info', 0, 'vi')).toBe('0 lưu ý');
    expect(severityCount('warning', 1, 'en')).toBe('1 warning');
    expect(severityCount('error', 3, 'en')).toBe('3 errors');
  });
});
