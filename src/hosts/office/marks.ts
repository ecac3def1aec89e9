/**
 * Issue marks: one conditional format per issue cell or range, of type custom with the formula
 * "=TRUE" and a fill colour by severity. They are found again by that exact formula and one of
 * these colours, so clearing never touches a user's rules (no clearAll) and never a cell's own format.
 * Each call takes 3 syncs: sheet list, every sheet's conditional formats, then the changes.
 */
import { splitCells } from '../../core/address';
import { SEVERITY_ORDER, type Issue, type Severity } from '../../core/issues';

export const MARK_FORMULA = '=TRUE';
export const MARK_COLOURS: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
const OUR_COLOURS = new Set(Object.values(MARK_COLOURS));

/** Queues the deletion of the add-in's marks on the listed sheets; needs a sync before (to load) and after. */
async function loadMarks(context: Excel.RequestContext): Promise<{ names: string[]; ours: Excel.ConditionalFormat[] }> {
  const worksheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const names = worksheets.items.map((w) => w.name);
  const collections = names.map((n) =>
    context.workbook.worksheets
      .getItem(n)
      .getRange()
      .conditionalFormats.load('items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color'),
  );
  await context.sync();
  const ours: Excel.ConditionalFormat[] = [];
  for (const c of collections) {
    for (const cf of c.items) {
      if (cf.type !== 'Custom' || cf.customOrNullObject.isNullObject) continue;
      const formula = cf.customOrNullObject.rule.formula;
      const colour = String(cf.customOrNullObject.format.fill.color ?? '').toUpperCase();
      if (formula === MARK_FORMULA && OUR_COLOURS.has(colour)) ours.push(cf);
    }
  }
  return { names, ours };
}

export async function clearMarks(): Promise<void> {
  await Excel.run(async (context) => {
    const { ours } = await loadMarks(context);
    for (const cf of ours) cf.delete();
    await context.sync();
  });
}

/** Replaces the add-in's marks with one per issue place (the most severe issue wins); returns how many. */
export async function markIssues(issues: Issue[]): Promise<number> {
  return Excel.run(async (context) => {
    const { names, ours } = await loadMarks(context);
    const known = new Map(names.map((n) => [n.toLowerCase(), n]));
    const places = new Map<string, { sheet: string; cell: string; severity: Severity }>();
    for (const i of issues) {
      const sheet = known.get(i.sheet.toLowerCase());
      if (!sheet) continue;
      // An issue may name several cells ("E6, E7"): mark each.
      for (const cell of splitCells(i.cell.replace(/\$/g, '').toUpperCase())) {
        const key = `${sheet}!${cell}`;
        const prev = places.get(key);
        if (!prev || SEVERITY_ORDER[i.severity] < SEVERITY_ORDER[prev.severity]) places.set(key, { sheet, cell, severity: i.severity });
      }
    }
    for (const cf of ours) cf.delete();
    for (const p of places.values()) {
      const cf = context.workbook.worksheets.getItem(p.sheet).getRange(p.cell).conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
      cf.custom.rule.formula = MARK_FORMULA;
      cf.custom.format.fill.color = MARK_COLOURS[p.severity];
    }
    await context.sync();
    return places.size;
  });
}
