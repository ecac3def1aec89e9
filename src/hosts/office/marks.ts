/**
 * Issue marks: conditional formats of type custom whose formula carries the add-in's tag
 * (`="cchc-report-addin:mark"<>""`, always true, the same formula the file host writes), with a
 * fill colour by severity. They are found again by that tag alone: no clerk's rule holds it, where
 * "=TRUE" and Excel's preset fills (light red #FFC7CE...) are what anyone's own rule may use. So
 * clearing never touches a user's rules (no clearAll) and never a cell's own format.
 *
 * One conditional format per sheet and kind of issue (src/hosts/office/markPlan.ts), over all its
 * cells at once where ExcelApi 1.9 gives `worksheet.getRanges`, else one per rectangle. Excel puts a
 * new rule first, so a mark shows over the clerk's own colours.
 *
 * A protected sheet refuses conditional formats, and one refusal would fail the whole batch: such
 * sheets are left as they are and named in one sentence (MarksNotAllDoneError) once the others are done.
 * Each call takes 3 syncs: the sheets and their protection, their conditional formats, the changes.
 */
import { MARK_FORMULA, MARK_TAG } from '../file/mark';
import type { Issue, Severity } from '../../core/issues';
import { detectFeatures } from './features';
import { planMarks } from './markPlan';

/** The formula as Excel gives it back (with its "="). */
export const OFFICE_MARK_FORMULA = `=${MARK_FORMULA}`;
export const MARK_COLOURS: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
/** Excel takes an address list of up to 8 192 characters; a group's areas are cut well under it. */
const ADDRESS_CHARS = 2000;

/** Some sheets kept their marks (or got none) because they are protected; `bilingual` is what the pane shows. */
export class MarksNotAllDoneError extends Error {
  readonly bilingual: { vi: string; en: string };
  constructor(
    readonly done: number,
    readonly protectedSheets: string[],
    clearing: boolean,
  ) {
    const list = protectedSheets.map((s) => `«${s}»`).join(', ');
    const bilingual = clearing
      ? {
          vi: `Đã bỏ đánh dấu, trừ trên sheet ${list} vì sheet đang được bảo vệ. Để bỏ nốt: Review (Xem lại) → Unprotect Sheet (Bỏ bảo vệ trang tính), rồi bấm lại.`,
          en: `Marks removed, except on ${list}: the sheet is protected. To remove them too: Review → Unprotect Sheet, then click again.`,
        }
      : {
          vi: `Đã đánh dấu ${done} ô. Sheet ${list} đang được bảo vệ nên không đánh dấu được; muốn đánh dấu: Review (Xem lại) → Unprotect Sheet (Bỏ bảo vệ trang tính), rồi bấm lại.`,
          en: `${done} cells marked. ${list} is protected, so its cells are not marked; to mark them: Review → Unprotect Sheet, then click again.`,
        };
    super(bilingual.en);
    this.name = 'MarksNotAllDoneError';
    this.bilingual = bilingual;
  }
}

export function isOurMark(formula: unknown): boolean {
  return typeof formula === 'string' && formula.includes(MARK_TAG);
}

interface SheetMarks {
  name: string;
  isProtected: boolean;
  ours: Excel.ConditionalFormat[];
}

/** Loads every sheet, its protection and the add-in's conditional formats on it (reading them is allowed on a protected sheet). 2 syncs. */
async function loadMarks(context: Excel.RequestContext): Promise<SheetMarks[]> {
  const worksheets = context.workbook.worksheets.load('items/name,items/protection/protected');
  await context.sync();
  const sheets = worksheets.items.map((w) => ({ w, name: w.name, isProtected: w.protection.protected }));
  const collections = sheets.map((s) => s.w.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula'));
  await context.sync();
  return sheets.map((s, i) => ({
    name: s.name,
    isProtected: s.isProtected,
    ours: collections[i].items.filter((cf) => cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && isOurMark(cf.customOrNullObject.rule.formula)),
  }));
}

/** Removes the add-in's marks; those on protected sheets stay, named by MarksNotAllDoneError after the rest is done. */
export async function clearMarks(): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = await loadMarks(context);
    for (const s of sheets) if (!s.isProtected) for (const cf of s.ours) cf.delete();
    await context.sync();
    const locked = sheets.filter((s) => s.isProtected && s.ours.length).map((s) => s.name);
    if (locked.length) throw new MarksNotAllDoneError(0, locked, true);
  });
}

/**
 * Replaces the add-in's marks by those of `issues` (an issue's `sheet` compares without case; its
 * `cell` may be a cell, a range or several: "E6, E7"). Returns how many cells are marked; throws
 * MarksNotAllDoneError (after marking the rest) when issues sit on protected sheets.
 */
export async function markIssues(issues: Issue[]): Promise<number> {
  const features = detectFeatures();
  return Excel.run(async (context) => {
    const sheets = await loadMarks(context);
    const groups = planMarks(
      issues,
      sheets.map((s) => s.name),
    );
    const byName = new Map(sheets.map((s) => [s.name, s]));
    let done = 0;
    // A protected sheet keeps its old marks too (now out of date): it is named either way.
    const locked = new Set<string>();
    for (const s of sheets) {
      if (!s.isProtected) for (const cf of s.ours) cf.delete();
      else if (s.ours.length) locked.add(s.name);
    }
    for (const g of groups) {
      if (byName.get(g.sheet)!.isProtected) {
        locked.add(g.sheet);
        continue;
      }
      const ws = context.workbook.worksheets.getItem(g.sheet);
      const targets = features.cellProperties ? addressLists(g.areas).map((a) => ws.getRanges(a)) : g.areas.map((a) => ws.getRange(a));
      for (const target of targets) {
        const cf = target.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
        cf.custom.rule.formula = OFFICE_MARK_FORMULA;
        cf.custom.format.fill.color = MARK_COLOURS[g.severity];
      }
      done += g.cells;
    }
    await context.sync();
    if (locked.size) throw new MarksNotAllDoneError(done, [...locked], false);
    return done;
  });
}

/** Areas joined by commas into lists of at most ADDRESS_CHARS characters (one area alone may be longer). */
export function addressLists(areas: string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const a of areas) {
    if (current && current.length + 1 + a.length > ADDRESS_CHARS) {
      out.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}
