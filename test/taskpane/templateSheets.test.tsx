/** @jest-environment jsdom */
/**
 * «Tạo sheet mẫu» in the task pane over the office host on the fake Excel, holding two sheets of a real .xlsx (tester 5
 * item 22): TTHC counts on «TTHC Q1», the staff list on «CBCC», no dossier log. The dialog names the workbook's own sheets for the
 * kinds it holds and adds the template sheets of the kinds it lacks, in both languages; the workbook's sheets are
 * left as they were; a second click adds nothing and says what the workbook has.
 */
import { TextDecoder, TextEncoder } from 'util';
Object.assign(globalThis, { TextDecoder, TextEncoder });
import { fireEvent, screen } from '@testing-library/react';
import * as fs from 'fs';
import * as path from 'path';
import { App } from '../../src/taskpane/App';
import { OfficeHost } from '../../src/hosts/office';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { analyze } from '../../src/core/analyze';
import { reportSheetLayout } from '../../src/core/layout/reportSheet';
import { templateLayouts } from '../../src/core/layout/template';
import { draftHtml, htmlToText } from '../../src/core/word/html';
import { buildWordDraft } from '../../src/core/word';
import { a1 } from '../../src/core/address';
import type { CoreDeps } from '../../src/ui/core';
import type { Lang } from '../../src/core/issues';
import { installFakeExcel, uninstallFakeExcel } from '../hosts/office/fakeExcel';
import { renderUnstyled, stubBrowser } from '../ui/fakes';

jest.mock('../../src/ui/core', () => ({ defaultCore: {} }));

beforeAll(stubBrowser);
afterEach(() => uninstallFakeExcel());

/** The real core, as the pane loads it. */
const core: CoreDeps = {
  analyze,
  reportSheetLayout,
  templateLayouts,
  buildWordDraft,
  draftHtml: (a) => {
    const html = draftHtml(a);
    return { html, text: htmlToText(html) };
  },
};

const EXAMPLE = path.resolve(__dirname, '../../examples/ba-bich-2023.xlsx');
/** The example's TTHC counts and staff list: a workbook with no dossier log and no «Hồ sơ», its staff on «CBCC». */
const KEPT = ['TTHC Q1', 'CBCC'];

/** The fake Excel holding those sheets' cells as read from the .xlsx. */
async function openInExcel() {
  const snap = await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(EXAMPLE)));
  const model = installFakeExcel();
  for (const sh of snap.sheets.filter((x) => KEPT.includes(x.name))) {
    const values = sh.values.map((row) => row.map((v) => (v !== null && typeof v === 'object' ? null : v)));
    if (values.length) model.setValues(sh.name, a1(sh.origin.row, sh.origin.col), values);
  }
  return model;
}

const WORDS: Record<Lang, { button: string; go: string; held: string; added: RegExp; allThere: string }> = {
  vi: {
    button: 'Tạo sheet mẫu',
    go: 'Thêm các sheet này',
    held: 'Sổ tính đã có, không thêm lại: TTHC (sheet «TTHC Q1»); Hồ sơ (không cần: đã có bảng Kết quả giải quyết TTHC ở sheet «TTHC Q1»); Cán bộ (sheet «CBCC»).',
    added: /^Đã thêm các sheet mẫu/,
    allThere: 'Không thêm sheet mẫu nào: sổ tính đã có ',
  },
  en: {
    button: 'Add template sheets',
    go: 'Add these sheets',
    held: 'The workbook already has these, not added again: TTHC (sheet «TTHC Q1»); Hồ sơ (not needed: the table Administrative procedures (counts) is on sheet «TTHC Q1»); Cán bộ (sheet «CBCC»).',
    added: /^Template sheets added/,
    allThere: 'No template sheet added: the workbook already has ',
  },
};

test.each(['vi', 'en'] as Lang[])(
  '%s: the dialog names «CBCC» and «TTHC», adds the kinds the workbook lacks and keeps its sheets',
  async (lang) => {
    const w = WORDS[lang];
    const model = await openInExcel();
    const before = model.dumpCells();
    renderUnstyled(<App host={new OfficeHost()} mode="addin" lang={lang} core={core} />);
    fireEvent.click(screen.getByRole('button', { name: w.button }));
    const dialog = await screen.findByRole('dialog');
    const listed = [...dialog.querySelectorAll('li')].map((li) => li.textContent);
    expect(listed).toEqual(['Thông tin', 'Chỉ tiêu', 'Khảo sát', 'Văn bản', 'Ngân sách', 'Đầu tư công', 'Thuyết minh']);
    expect(dialog.textContent).toContain(w.held);
    // Never the template's names as if the workbook had those sheets.
    expect(dialog.textContent).not.toMatch(/: TTHC, Hồ sơ, Cán bộ/);

    fireEvent.click(screen.getByRole('button', { name: w.go }));
    await screen.findByText(w.added);
    const names = model.sheets.map((s: { name: string }) => s.name);
    expect(names).toEqual([...KEPT, ...listed]);
    // The workbook's own sheets are as they were.
    const own = (dump: string) => JSON.parse(dump).filter((s: { name: string }) => KEPT.includes(s.name));
    expect(own(model.dumpCells())).toEqual(own(before));

    // A second click adds nothing and says what the workbook has, the new blank sheets included.
    fireEvent.click(screen.getByRole('button', { name: w.button }));
    const said = await screen.findByText((text) => text.startsWith(w.allThere));
    expect(said.textContent).toContain('Cán bộ (sheet «CBCC»)');
    expect(said.textContent).toContain('TTHC (sheet «TTHC Q1»)');
    expect(model.sheets.map((s: { name: string }) => s.name)).toEqual(names);
    expect(screen.queryByRole('dialog')).toBeNull();
  },
  60000,
);
