/**
 * The reader: snapshot -> located tables -> typed rows, plus the reading issues
 * (missing-table, missing-label, duplicate-label, missing-cell, type-error, number-as-text,
 * legacy-encoding, formula-error, blank-row).
 */
import type { WorkbookSnapshot } from '../snapshot';
import type { Issue } from '../issues';
import { SCHEMA, TABLE_NAMES, type FieldKey, type TableName } from '../schema';
import { columnAt, type LocatedTable, type Overrides, type ReadTable, type TypedRow } from '../tables';
import type { ReportInfo } from '../reportInfo';
import { a1, columnLetter, parseRange, rangeA1 } from '../address';
import { sheetGrids, type Grid } from './grid';
import { applyFieldPins, assign, overlaps, pinnedCandidate, rowText, sheetCandidates, type Candidate } from './locate';
import { fold } from '../text/fold';
import { typeRows } from './rows';
import { columnTable, tableColumns } from '../columns';
import { fillTotals } from './totals';
import { listTotalIssues } from './listTotal';
import { tableUnit } from './unit-of-table';
import { holdsInfoPairs, readInfo, type InfoRead, type Region } from './infoBlock';
import * as msg from './readerIssues';
import { readTransposedSurvey } from './transposed';
import { readTthcMeasureRows } from './measureRows';
import { readStaffBlock } from './staffBlock';
import { datesYear, statedPeriods, withTitlePeriod } from './periodTitle';
import { rowsOfUnit, unitRows } from './unitRows';
import { receptionPoints } from './receptionPoints';
import { periodRows } from './periodRows';
import { alike, chooseAmongRivals, partsCoverage, periodInParts, periodRank, rivalsOf, type Period, type PeriodPart } from './tablePeriods';
import { otherMeasureHeading } from './otherMeasure';
import { findLevelsAsColumns, readLevelsAsColumns } from './levelsAsColumns';
import { findDocumentCounts } from './documentCounts';
import { earlyInOnTime, missingPartColumns } from './partColumns';
import { differenceOf, partsOf } from '../schema/tthc';
import { columnsByYear, reportMonths, withoutYearOnYearShare } from './yearColumns';
import { assumedSuperiorEstimate } from './estimateBody';
import { directBesidePostal, loneOnlineFull } from './onlineColumns';
import { periodGroupColumns } from './periodGroups';
import type { HeaderMatch } from './header';
import { serialParts } from '../format';
import { unreadTable } from './unreadTable';
import { columnHeadings } from './columnHeadings';
import { startsWithReportTitle } from './reportCopy';
import { withHeadingAgency } from './agencyHeading';
import { budgetRivalIssue } from './budgetRivals';

export interface ReadResult {
  tables: Partial<Record<TableName, ReadTable>>;
  info: ReportInfo;
  issues: Issue[];
}

/** Rows looked at to tell an info block's key-value pairs from a table's rows. */
const INFO_PAIRS_SAMPLE = 40;

/** `tthc` and `dossiers` are two forms of one table: either satisfies the other. */
const OTHER_FORM: Partial<Record<TableName, TableName>> = { tthc: 'dossiers', dossiers: 'tthc' };

/** Tables of a period's totals, whose one month is no quarter (tester 15 items 6, 21); lists are read otherwise. */
const PERIOD_TOTALS: readonly TableName[] = ['tthc', 'budget', 'investment'];
/** Tables that may be a summary of several units (a column «Đơn vị» of communes): only the report's commune's rows are read. */
const BY_UNIT: readonly TableName[] = ['tthc', 'staff', 'budget'];

export function readWorkbook(snapshot: WorkbookSnapshot, overrides: Overrides = {}): ReadResult {
  const all = Array.isArray(snapshot?.sheets) ? snapshot.sheets.filter((s) => s && !s.madeByAddin && typeof s.name === 'string') : [];
  const issues: Issue[] = [];
  // An earlier report sheet copied in without its mark holds last period's results, not data (reportCopy.ts).
  const sheets = all.filter((s) => {
    const copy = startsWithReportTitle(s);
    if (copy) issues.push(msg.reportCopyNotRead(s.name));
    return !copy;
  });
  // One grid per dense block of each sheet: a sparse sheet's blocks are searched one by one.
  const grids: Grid[] = sheets.flatMap(sheetGrids);
  const rowSpecs = TABLE_NAMES.map((n) => SCHEMA[n]).filter((s) => s.shape === 'rows');
  const pins = overrides.tables ?? {};
  const fieldPins = overrides.fields ?? {};
  for (const s of sheets) {
    const u = s.unreadRefs;
    if (u && u.count > 0) issues.push(msg.unreadCells(s.name, u.count, Array.isArray(u.first) ? u.first.map(String) : []));
    const computed = s.formulasComputed;
    if (Array.isArray(computed) && computed.length > 0) issues.push(msg.formulasComputed(s.name, computed.map(String)));
  }

  const candidates: Candidate[] = [];
  for (const spec of rowSpecs) {
    const pin = pins[spec.name];
    if (!pin) continue;
    const grid = gridOfPin(grids, pin.sheet, pin.range);
    const c = grid ? pinnedCandidate(grid, spec, pin.range, fieldPins[spec.name] ?? {}) : null;
    if (c) candidates.push(c);
    else issues.push(msg.pinNotFound(spec, pin.sheet, pin.range));
  }
  const free = rowSpecs.filter((s) => !pins[s.name]);
  for (const grid of grids) {
    for (const c of sheetCandidates(grid, free)) {
      // Key-value pairs under a "Thông tin | Giá trị" header are the info block, not rows of a table.
      if (!holdsInfoPairs(c.grid, SCHEMA.info, c.dataRows.slice(0, INFO_PAIRS_SAMPLE), c.left, c.right)) candidates.push(c);
    }
  }
  // A table is read on evidence (evidence.ts), a pinned one on the user's word.
  const accepted = candidates.filter((c) => c.pinned || c.evidence?.accepted !== false);
  // A list of persons whose only qualification is political theory is the staff only when no other staff table is
  // read (tester «blocks» item 3): it is kept apart and read last.
  const theoryOnly = accepted.filter((c) => !c.pinned && politicalTheoryOnly(c));
  const qualified = accepted.filter((c) => !theoryOnly.includes(c));
  // A visible sheet wins over a hidden one holding the same table (last year's list kept out of sight);
  // a hidden sheet is read only when no visible one qualifies, and then it is said.
  const hidden = new Set(sheets.filter((s) => s && (s.visibility === 'hidden' || s.visibility === 'veryHidden')).map((s) => s.name));
  const onHidden = (c: Candidate) => hidden.has(c.grid.name);
  const seenVisible = new Set(qualified.filter((c) => !onHidden(c)).map((c) => c.spec.name));
  const pool = qualified.filter((c) => c.pinned || !onHidden(c) || !seenVisible.has(c.spec.name));
  // The header rows of every range headed like a table hold column labels, not key-value pairs.
  const headers: Region[] = candidates.map((c) => ({
    sheet: c.grid.name,
    top: c.headerRows[0],
    bottom: c.headerRows[c.headerRows.length - 1],
    left: c.left,
    right: c.right,
  }));
  const shown = grids.filter((g) => !hidden.has(g.name));
  // The info block is read once, before the tables: its report period chooses between two tables of one kind and
  // gives its year to dates typed without one. Its labels lie outside every range that qualifies as a table.
  const infoRead = readInfoBlock(grids, shown, [...pool.map(regionOf), ...headers], hidden, pins.info);
  const early = infoPeriod(infoRead.info);
  let chosen = assign(pool);
  // Two tables of one kind (last year's above this year's): the one whose title names the report period is
  // read, else the first of two alike.
  const rivals = rivalsOf(chosen, pool);
  if (rivals.size > 0) chosen = chooseAmongRivals(chosen, rivals, early);
  // A table kept only per month of a quarter (no sheet of the quarter): TTHC counts whose months make the period
  // exactly, headed alike, are summed (summedParts); otherwise none is read, and an error names the parts (and the
  // months missing or doubled).
  const summedParts = new Map<TableName, PeriodPart[]>();
  if (early) {
    for (const name of PERIOD_TOTALS) {
      const c = chosen.get(name);
      if (!c || c.pinned) continue;
      const own = (rivals.get(name) ?? []).filter((o) => ![...chosen].some(([n, t]) => n !== name && overlaps(t, o)));
      const parts = periodInParts([c, ...own], early, name === 'tthc');
      if (!parts) continue;
      const coverage = partsCoverage(parts, early);
      const exact = coverage.missing.length === 0 && coverage.doubled.length === 0;
      if (name === 'tthc' && exact && parts.every((p) => headedAlike(p.c, parts[0].c))) {
        chosen.set(name, parts[0].c);
        summedParts.set(name, parts);
        continue;
      }
      const list = parts.map((p) => ({ sheet: p.c.grid.name, start: p.stated.start, end: p.stated.end }));
      const doubled = coverage.doubled.map((p) => ({ sheet: p.c.grid.name, start: p.stated.start, end: p.stated.end }));
      issues.push(msg.periodInParts(SCHEMA[name], headerOf(parts[0].c), list, early.start, early.end, coverage.missing, doubled));
      chosen.delete(name);
    }
  }

  // A period named only in a table's title line ("Báo cáo ... quý I năm 2023") serves when `info` gives none.
  const titled = TABLE_NAMES.flatMap((n) => {
    const c = chosen.get(n);
    return c ? [{ grid: c.grid, titleRows: c.titleRows, dated: c.spec.fields.some((f) => f.kind === 'date') }] : [];
  });
  const withPeriod = withTitlePeriod(infoRead.info, titled);
  const period = infoPeriod(withPeriod.info);

  const tables: Partial<Record<TableName, ReadTable>> = {};
  const extraRegions: Candidate[] = [];
  for (const name of TABLE_NAMES) {
    const c = chosen.get(name);
    if (!c) continue;
    if (!c.pinned && fieldPins[name] && applyFieldPins(c.match, fieldPins[name] ?? {})) {
      c.pinned = true;
      const cols = Object.values(c.match.columns);
      c.left = Math.min(c.left, ...cols);
      c.right = Math.max(c.right, ...cols);
    }
    // A budget's columns of several years («Quyết toán 2022», «Thực hiện 2023»): the report year's are read.
    if (name === 'budget') c.match = budgetColumnsByYear(c, early, period, fieldPins.budget ?? {}, issues);
    // The investment's disbursement by the same rule: «Lũy kế giải ngân từ đầu năm» over «Giải ngân trong tháng 3».
    if (name === 'investment') c.match = budgetColumnsByYear(c, early, period, fieldPins.investment ?? {}, issues, 'disbursed');
    // Two periods side by side («Quý I năm 2024» | «Quý I năm 2025»): the report's (or the latest) is read.
    if (name === 'tthc' && !c.pinned) c.match = tthcPeriodColumns(c, early, issues);
    if (name === 'tthc') c.match = directBesidePostal(loneOnlineFull(c.match));
    // A staff-quality form with the levels as columns (Thông tư 11/2012) is read across, not row by row.
    const read = (name === 'staff' && !c.pinned ? readLevelsAsColumns(c) : null) ?? readTable(c, early);
    tables[name] = read.table;
    for (const x of read.issues) issues.push(x);
    if (BY_UNIT.includes(name) && !c.pinned && !oneUnit(c, read.table, infoRead.info.agency, issues)) delete tables[name];
    const parts = summedParts.get(name);
    if (parts && tables[name]) {
      // Monthly sheets making the period: the later months' rows join the first's, each part kept apart.
      const t = read.table;
      t.located.parts = [{ sheet: t.located.sheet, range: t.located.range, period: { start: parts[0].stated.start, end: parts[0].stated.end } }];
      t.located.periodParts = true;
      // A note every month's table would repeat (a column the form lacks) is said once, of the first month.
      const said = new Set(read.issues.map((x) => `${x.sentence}|${x.field}`));
      for (const p of parts.slice(1)) {
        const more = readTable(p.c, early);
        for (const x of more.issues) if (!said.has(`${x.sentence}|${x.field}`)) issues.push(x);
        if (!oneUnit(p.c, more.table, infoRead.info.agency, issues)) continue;
        t.rows = [...t.rows, ...more.table.rows];
        extraRegions.push(p.c);
        t.located.parts.push({ sheet: more.table.located.sheet, range: more.table.located.range, period: { start: p.stated.start, end: p.stated.end } });
      }
      issues.push(msg.tableSummedFromParts(c.spec, placeOf(c), t.located.parts, early!.start, early!.end));
    }
    if (name === 'tthc' && tables[name]) {
      const months = periodRows(c, read.table.rows);
      if (months) {
        read.table.located.periodRows = true;
        const stocks = ['pending', 'pendingInTime', 'pendingOverdue', 'carriedOver'].some((k) => columnAt(read.table.located, k) !== undefined);
        if (stocks) issues.push(msg.tablePeriodRows(c.spec, placeOf(c), months.first, months.last));
      }
    }
    if (name === 'staff' && !c.pinned) {
      // A list of persons kept in parts (cán bộ on one sheet, công chức on another): the parts join the first.
      for (const other of staffParts(c, qualified, [...chosen.values(), ...extraRegions], onHidden, early)) {
        const more = readTable(other, early);
        if (sharedPerson(read.table.rows, more.table.rows)) continue;
        read.table.rows = [...read.table.rows, ...more.table.rows];
        for (const x of more.issues) issues.push(x);
        extraRegions.push(other);
        addPart(read.table.located, more.table.located);
      }
    }
    if (name === 'budget' && !c.pinned) {
      // Revenue and expenditure kept as two tables: the other side's table joins the first (rows keep their sheet).
      const other = otherBudgetSide(c, qualified, [...chosen.values()]);
      if (other) {
        other.match = budgetColumnsByYear(other, early, period, fieldPins.budget ?? {}, issues);
        const more = readTable(other, early);
        // Made as rows: a joined table's records come from two grids.
        read.table.rows = [...read.table.rows, ...more.table.rows];
        for (const x of more.issues) issues.push(x);
        extraRegions.push(other);
        addPart(read.table.located, more.table.located);
      }
    }
  }

  for (const [name, c] of chosen) if (!c.pinned && onHidden(c)) issues.push(msg.readFromHidden(SCHEMA[name], placeOf(c)));
  for (const x of otherPlaces(chosen, qualified, extraRegions, onHidden, early)) issues.push(x);
  const budgetRead = chosen.get('budget');
  if (budgetRead && tables.budget) {
    for (const x of budgetRivals(tables.budget, budgetRead, qualified, extraRegions, onHidden, early)) {
      // The warning says all the note on the same place said, and more.
      const note = issues.findIndex((i) => i.sentence === 'other-candidate' && i.sheet === x.sheet && i.cell === x.cell);
      if (note >= 0) issues.splice(note, 1);
      issues.push(x);
    }
  }
  for (const x of rejected(chosen, candidates)) issues.push(x);

  const taken: Region[] = [...chosen.values(), ...extraRegions].map(regionOf);
  if (!tables.staff && !pins.staff) {
    const across = findLevelsAsColumns(grids, SCHEMA.staff, taken);
    // The note that its header was found but its values did not look like the table's is taken back.
    if (across) adopt('staff', across, tables, taken, issues, (x, at) => x.table === 'staff' && inside(x, at));
  }
  // Staff counts kept as a «Nội dung | Số lượng» block (staffBlock.ts): read when no staff table in columns was.
  if (!tables.staff && !pins.staff) {
    const block = readStaffBlock([...shown, ...grids.filter((g) => hidden.has(g.name))], SCHEMA.staff, taken);
    if (block) adopt('staff', block, tables, taken, issues);
  }
  if (!tables.staff && !pins.staff) {
    const c = theoryOnly
      .filter((o) => !taken.some((t) => t.sheet === o.grid.name && t.top <= o.lastRow && o.headerRows[0] <= t.bottom && t.left <= o.right && o.left <= t.right))
      .sort((a, b) => Number(onHidden(a)) - Number(onHidden(b)) || b.score - a.score)[0];
    if (c) {
      const read = readTable(c, early);
      tables.staff = read.table;
      issues.push(...read.issues);
      taken.push(regionOf(c));
      for (let i = issues.length - 1; i >= 0; i--) if (issues[i].code === 'missing-table' && issues[i].table === 'staff') issues.splice(i, 1);
    }
  }
  // TTHC figures kept with the measures down the rows («Nội dung | Số lượng», or across the fields): read when no
  // table in columns was (measureRows.ts).
  if (!tables.tthc && !tables.dossiers && !pins.tthc && !pins.dossiers) {
    const down = readTthcMeasureRows([...shown, ...grids.filter((g) => hidden.has(g.name))], SCHEMA.tthc, taken);
    if (down) adopt('tthc', down, tables, taken, issues, (x, at) => (x.table === 'tthc' || x.table === 'dossiers') && inside(x, at));
  }
  if (!tables.survey && !pins.survey) {
    const across = readTransposedSurvey(grids, SCHEMA.survey, taken);
    if (across) adopt('survey', across, tables, taken, issues);
  }
  // A list of persons whose only qualification is political theory: the persons are the staff, the professional
  // level is missing, and said (tester «blocks» item 3).
  const listed = tables.staff?.located;
  if (listed && listed.columns.politicalTheory !== undefined && listed.columns.education === undefined) {
    if ((listed.columns.name ?? listed.columns.givenName) !== undefined) {
      const col = listed.columns.politicalTheory;
      const row = listed.headerRows[0] ?? listed.dataRows[0] ?? 0;
      issues.push(msg.educationOnlyPoliticalTheory(SCHEMA.staff, { sheet: listed.sheet, cell: a1(row, col) }));
    }
  }
  if (!pins.documents) documentCounts(tables, shown, taken, issues);
  if (infoRead.table) tables.info = infoRead.table;
  for (const x of infoRead.issues) issues.push(x);

  for (const x of emptyTables(tables)) issues.push(x);

  const readRegions = readTableRegions(tables);
  for (const name of TABLE_NAMES) {
    if (tables[name]) continue;
    const other = OTHER_FORM[name];
    if (other && tables[other]) continue;
    if (issues.some((i) => i.table === name && (i.sentence === 'table-period-in-parts' || i.sentence === 'table-units-none-matches'))) continue;
    // The two forms of TTHC are reported once, under `tthc`.
    if (name === 'dossiers') continue;
    // A sheet showing the table by its words, none of whose rows could be read, is named with what was missing
    // (unless a range headed like it was named already, not read on evidence).
    const unread = pins[name] || issues.some((i) => i.table === name && i.code === 'missing-table') ? null : unreadTable(shown, SCHEMA[name], readRegions);
    if (unread) issues.push(msg.tableUnread(SCHEMA[name], unread, unread.sign, unread.missing));
    else issues.push(msg.missingTable(SCHEMA[name], other ? SCHEMA[other] : undefined));
  }

  if (withPeriod.issue) issues.push(withPeriod.issue);
  const withAgency = withHeadingAgency(withPeriod.info, shown);
  if (withAgency.issue) issues.push(withAgency.issue);
  // The parts of a table summed from monthly sheets state their months, not the period: nothing differs.
  const summed = new Set([...summedParts.values()].flat().map((p) => p.c));
  if (period) for (const c of [...chosen.values(), ...extraRegions]) if (!summed.has(c)) issues.push(...periodDiffers(c, period));
  keepStatedPeriods(tables, chosen, period);
  issues.push(...hiddenRowsOf(tables, sheets));
  return { tables, info: withAgency.info, issues: msg.legacyEncodingBySheet(issues) };
}

/**
 * The documents issued kept as counts by kind (read/documentCounts.ts): read as the `documents` table when no register
 * was, the note that a range headed like a register there was not read taken back; beside a register, the register is
 * read (each document: its number, date, type) and a note says the counts were not used.
 */
function documentCounts(tables: Partial<Record<TableName, ReadTable>>, shown: Grid[], taken: Region[], issues: Issue[]): void {
  const found = findDocumentCounts(shown, SCHEMA.documents, taken);
  if (!found) return;
  const { sheet, range } = found.table.located;
  const register = tables.documents;
  if (register) {
    const total = found.table.rows.filter((r) => r.isTotal).map((r) => r.values.count?.value)[0];
    const sum = found.table.rows.filter((r) => !r.isTotal).reduce((a, r) => a + (typeof r.values.count?.value === 'number' ? r.values.count.value : 0), 0);
    issues.push(msg.documentCountsNotUsed(SCHEMA.documents, { sheet, cell: range }, typeof total === 'number' ? total : sum, placeOfTable(register)));
    return;
  }
  // The notes that a range there looked like a register but could not be read are taken back.
  adopt('documents', found, tables, taken, issues, (x, at) => x.table === 'documents' && x.sheet === at.sheet);
}

/**
 * Takes a table a reader of another layout found (levels as columns, a «Nội dung | Số lượng» block, a survey laid
 * across, counts by kind) as `name`'s: its issues kept, its range taken from later readers, and the `missing-table`
 * notes `withdrawn` names (given the table's sheet and bounds) taken back.
 */
function adopt(
  name: TableName,
  found: { table: ReadTable; issues: Issue[] },
  tables: Partial<Record<TableName, ReadTable>>,
  taken: Region[],
  issues: Issue[],
  withdrawn: (x: Issue, at: { sheet: string; bounds: ReturnType<typeof parseRange> }) => boolean = () => false,
): void {
  tables[name] = found.table;
  issues.push(...found.issues);
  const at = { sheet: found.table.located.sheet, bounds: parseRange(found.table.located.range) };
  if (at.bounds) taken.push({ sheet: at.sheet, ...at.bounds });
  for (let i = issues.length - 1; i >= 0; i--) if (issues[i].code === 'missing-table' && withdrawn(issues[i], at)) issues.splice(i, 1);
}

/** An issue whose cell lies on the table at `at`. */
function inside(x: Issue, at: { sheet: string; bounds: ReturnType<typeof parseRange> }): boolean {
  return x.sheet === at.sheet && !!at.bounds && within(x.cell, at.bounds);
}

function placeOfTable(t: ReadTable): msg.Place {
  return { sheet: t.located.sheet, cell: t.located.range };
}

/**
 * The info block on the visible sheets, else on a hidden one (then said); `taken`: the ranges of tables and
 * headers, whose labels are no key-value pairs.
 */
function readInfoBlock(grids: Grid[], shown: Grid[], taken: Region[], hidden: Set<string>, pin: { sheet: string; range: string } | undefined): InfoRead {
  const read = readInfo(shown, SCHEMA.info, taken, pin);
  if (read.table || shown.length === grids.length) return read;
  const anywhere = readInfo(grids, SCHEMA.info, taken, pin);
  if (!anywhere.table) return read;
  const { sheet, range } = anywhere.table.located;
  if (!pin && hidden.has(sheet)) anywhere.issues.unshift(msg.readFromHidden(SCHEMA.info, { sheet, cell: range }));
  return anywhere;
}

/**
 * A budget's (or an investment's) match with each amount field not pinned given the column of the report's year and period
 * (yearColumns.ts): the year its title names, else the info period's (its last day's year), else none (the latest
 * a column states); the period the report's (`report`: the info block's, else a title's naming the report), else the
 * one the budget's own title states («… NĂM 2023», tester 6 item 5). The `periodField` column (`actual`, `disbursed`) read although it states
 * another period gets a column-period-differs warning, pushed onto `issues`, on its amounts; a stated share that is the
 * ratio to last year's same period is left unread.
 */
function budgetColumnsByYear(
  c: Candidate,
  info: Period | null,
  report: Period | null,
  pinned: Record<string, string>,
  issues: Issue[],
  periodField = 'actual',
): HeaderMatch {
  const year = datesYear(c.grid, c.titleRows, info)?.year ?? (info ? serialParts(info.end).y : null);
  const own = statedPeriods(c.grid, c.titleRows, year)[0];
  const period = report ?? (own ? { start: own.start, end: own.end } : null);
  // A field pinned to a column is the clerk's choice.
  const amounts = c.spec.fields.filter((f) => f.kind === 'amount' && !pinned[f.key]).map((f) => f.key);
  const chosen = columnsByYear(c.match, amounts, year, period && reportMonths(period.start, period.end), periodField);
  if (period && c.dataRows.length > 0) {
    for (const off of chosen.offPeriod) {
      const field = c.spec.fields.find((f) => f.key === off.field)!;
      const { text, row } = headerText(c, off.col);
      const cells = { sheet: c.grid.name, cell: rangeA1(c.dataRows[0], off.col, c.dataRows[c.dataRows.length - 1], off.col) };
      issues.push(msg.columnPeriodDiffers(c.spec, field, cells, text, a1(row, off.col), period));
    }
  }
  const assumed = periodField === 'actual' ? assumedSuperiorEstimate(chosen.match, pinned) : null;
  if (assumed !== null && c.dataRows.length > 0) {
    const field = c.spec.fields.find((f) => f.key === 'estimateSuperior')!;
    const { text, row } = headerText(c, assumed);
    const cells = { sheet: c.grid.name, cell: rangeA1(c.dataRows[0], assumed, c.dataRows[c.dataRows.length - 1], assumed) };
    issues.push(msg.estimateAssumed(c.spec, field, cells, text, a1(row, assumed)));
  }
  return pinned.statedPct ? chosen.match : withoutYearOnYearShare(chosen.match, 'statedPct');
}

/**
 * A TTHC table's columns repeated under two or more period groups (read/periodGroups.ts): the fields read from the
 * group whose period is the report's (`info`, else the table's title), else of the report's year (the latest when the
 * title compares with «cùng kỳ»), else the first group, with a note naming the columns read, the ones left and why. `c.match` itself when the header has no such groups.
 */
function tthcPeriodColumns(c: Candidate, info: Period | null, issues: Issue[]): HeaderMatch {
  const year = datesYear(c.grid, c.titleRows, info)?.year ?? (info ? serialParts(info.end).y : null);
  const compares = c.titleRows.some((r) => /\bcung ky\b|\bso sanh\b/.test(rowText(c.grid, r)));
  // The report's period, else the one the table's own title states («KẾT QUẢ … QUÝ II NĂM 2025»).
  const own = statedPeriods(c.grid, c.titleRows, year).find((p) => !p.asOf);
  const period = info ?? (own ? { start: own.start, end: own.end } : null);
  const chosen = periodGroupColumns(c.match, year, compares, period);
  if (!chosen) return c.match;
  const letters = (cols: number[]) => cols.map(columnLetter).join(', ');
  // A merged group label's text is in its first cell only.
  const group = (col: number) => headerText(c, col).text.split(' - ').slice(0, -1).join(' - ');
  const groups = (cols: number[]) => [...new Set(cols.map(group).filter((g) => g !== ''))].join('», «');
  const top = c.headerRows[0];
  const place = { sheet: c.grid.name, cell: rangeA1(top, chosen.left[0], top, chosen.left[chosen.left.length - 1]) };
  issues.push(
    msg.periodColumnsRead(c.spec, place, {
      read: letters(chosen.read),
      readGroup: groups(chosen.read),
      left: letters(chosen.left),
      leftGroup: groups(chosen.left),
      why: chosen.why,
    }),
  );
  return chosen.match;
}

/** A part column as the clerk reads it: «Giải quyết đúng hạn» (E). */
function partText(c: Candidate, key: string): string {
  const col = c.match.columns[key];
  return `«${headerText(c, col).text}» (${columnLetter(col)})`;
}

/** A column's header text as written, its cells top to bottom joined («Thực hiện - Quý IV»), and its lowest filled row. */
function headerText(c: Candidate, col: number): { text: string; row: number } {
  const parts: string[] = [];
  let row = c.headerRows[0];
  for (const r of c.headerRows) {
    const t = c.grid.text(r, col).trim();
    if (t && !parts.includes(t)) {
      parts.push(t);
      row = r;
    }
  }
  return { text: parts.join(' - '), row };
}

/** The cells of every table read (its located range), where no other table's signs are looked for. */
function readTableRegions(tables: Partial<Record<TableName, ReadTable>>): Region[] {
  const out: Region[] = [];
  for (const t of Object.values(tables)) {
    const b = t ? parseRange(t.located.range) : null;
    if (t && b) out.push({ sheet: t.located.sheet, ...b });
  }
  return out;
}

/** The cells a candidate covers, from its header's top row to its last row. */
function regionOf(c: Candidate): Region {
  return { sheet: c.grid.name, top: c.headerRows[0], bottom: c.lastRow, left: c.left, right: c.right };
}

/** The report period `info` states, when it states both ends. */
function infoPeriod(info: ReportInfo): Period | null {
  const { periodStart: start, periodEnd: end } = info;
  return start !== null && end !== null && start <= end ? { start, end } : null;
}

/**
 * A table whose title names another period than the report's (a caption "(Số liệu từ ngày 01/01/2023 đến
 * ngày 31/03/2023)", a title "… QUÝ I NĂM 2023" in a year's report): one warning on the nearest such line,
 * unless a line of its title names the report period. The report period stays what `info` says.
 */
function periodDiffers(c: Candidate, period: Period): Issue[] {
  const { rank, stated } = periodRank(c, period);
  const line = rank === 2 ? undefined : stated[0];
  return line ? [msg.tablePeriodDiffers(c.spec, { sheet: c.grid.name, cell: a1(line.row, line.col) }, line, period)] : [];
}

/**
 * Each read table's title periods on its `located` (the draft dates the table's figures by them: «Số liệu đến
 * ngày 30/03/2023» over a budget, tester 6 item 25); a part of a year named without its year ("QUÝ I") is
 * read in the report period's year.
 */
function keepStatedPeriods(tables: Partial<Record<TableName, ReadTable>>, chosen: ReadonlyMap<TableName, Candidate>, period: Period | null): void {
  const year = period ? serialParts(period.start).y : null;
  for (const [name, c] of chosen) {
    const t = tables[name];
    if (!t) continue;
    const stated = statedPeriods(c.grid, c.titleRows, year).map((p) => ({ start: p.start, end: p.end, cell: a1(p.row, p.col), wholeYear: p.wholeYear }));
    // Summed from parts of the period (monthly sheets): the figures are the whole period's, from the first part's start.
    const parts = t.located.periodParts ? t.located.parts : undefined;
    const first = parts?.[0]?.period;
    const last = parts?.[parts.length - 1]?.period;
    if (first && last) t.located.stated = [{ start: first.start, end: last.end, cell: stated[0]?.cell ?? t.located.range.split(':')[0], wholeYear: false }];
    else if (stated.length > 0) t.located.stated = stated;
  }
}

/**
 * Rows of a read table hidden on its sheet (by hand or by an AutoFilter) are read and counted, as Excel's SUM
 * counts them (README, Hidden rows); one note per table names how many and the first one's cell.
 */
function hiddenRowsOf(tables: Partial<Record<TableName, ReadTable>>, sheets: WorkbookSnapshot['sheets']): Issue[] {
  const out: Issue[] = [];
  for (const name of TABLE_NAMES) {
    const t = tables[name];
    if (!t || name === 'info') continue;
    const list = sheets.find((s) => s?.name === t.located.sheet)?.hiddenRows;
    if (!Array.isArray(list) || list.length === 0) continue;
    const hiddenSet = new Set(list);
    let count = 0;
    let first = -1;
    const dataRows = t.located.dataRows;
    for (let k = 0; k < dataRows.length; k++) {
      const r = dataRows[k];
      if (!hiddenSet.has(r)) continue;
      if (first < 0 || r < first) first = r;
      count++;
    }
    const left = parseRange(t.located.range)?.left ?? 0;
    if (count > 0) out.push(msg.hiddenRows(SCHEMA[name], { sheet: t.located.sheet, cell: a1(first, left) }, count));
  }
  return out;
}

/** The grid (block) of the pinned sheet that holds the pinned range's top-left cell, else the sheet's first. */
function gridOfPin(grids: Grid[], sheet: string, range: string): Grid | undefined {
  const box = parseRange(range.replace(/^.*!/, ''));
  const named = grids.filter((g) => g.name === sheet);
  return named.find((g) => box && box.top >= g.top && box.top <= g.bottom && box.left >= g.left && box.left <= g.right) ?? named[0];
}

/**
 * A table found with its header but no data row (a fresh template, a sheet cleared for the new period):
 * its figures cannot be computed, which must not pass as "no errors".
 */
function emptyTables(tables: Partial<Record<TableName, ReadTable>>): Issue[] {
  const hasData = (t: ReadTable | undefined) => {
    if (!t) return false;
    const cols = tableColumns(t);
    for (let i = 0; i < cols.length; i++) if (!cols.isTotal(i)) return true;
    // A Biểu 06 may hold only its total row (REPORTING-SCHEMA.md §2 `tthc`: «a field, or only a total row»).
    return t.located.table === 'tthc' && t.rows.some((r) => Object.values(r.values).some((v) => typeof v?.value === 'number'));
  };
  const out: Issue[] = [];
  for (const name of TABLE_NAMES) {
    const t = tables[name];
    if (name === 'info' || !t || hasData(t)) continue;
    const other = OTHER_FORM[name];
    // The two forms of TTHC: one with data is enough, and an empty pair is reported once, under `tthc`.
    if (other && (hasData(tables[other]) || (name === 'dossiers' && tables.tthc))) continue;
    const { headerRows, sheet, range } = t.located;
    // Name the header's first cell (it exists on the sheet); the hint names the cell below, where data goes.
    const left = parseRange(range)?.left ?? 0;
    // The header's top row: a lower one may lie inside a cell merged down over the header's rows.
    const last = headerRows[headerRows.length - 1];
    out.push(msg.emptyTable(SCHEMA[name], { sheet, cell: a1(headerRows[0], left) }, a1(last + 1, left)));
  }
  return out;
}

/**
 * Types a located candidate's rows and gathers the issues of its header, unit and cells; `period`: the report
 * period of the info block, whose year a date typed without one takes when the table's title names none.
 */
function readTable(c: Candidate, period: Period | null): { table: ReadTable; issues: Issue[] } {
  const { grid, spec, match } = c;
  const issues: Issue[] = [];
  const range = rangeA1(c.headerRows[0], c.left, c.lastRow, c.right);
  // A column's label cell: the merged cell it lies in when its label is merged over several header rows.
  const headerPlace = (col: number) => {
    const last = c.headerRows[c.headerRows.length - 1];
    const m = grid.mergeOf(last, col);
    return { sheet: grid.name, cell: m && m.top >= c.headerRows[0] ? a1(m.top, m.left) : a1(last, col) };
  };

  for (const f of spec.fields) {
    if (f.required && match.columns[f.key] === undefined) {
      const place = { sheet: grid.name, cell: rangeA1(c.headerRows[0], c.left, c.headerRows[c.headerRows.length - 1], c.right) };
      // A TTHC total its part columns make (figures/tthc.ts derive) is computed, and said so.
      const parts = spec.name === 'tthc' ? partsOf(f.key, (k) => match.columns[k] !== undefined) : null;
      if (parts) issues.push(msg.columnFromParts(spec, f, place, parts.map((k) => partText(c, k)).join(' + ')));
      // A survey's shares from its votes (figures/survey.ts).
      else if (spec.name === 'survey' && f.key === 'share' && match.columns.votes !== undefined)
        issues.push(msg.shareFromVotes(spec, f, place, partText(c, 'votes')));
      else issues.push(msg.missingLabel(spec, f, place));
    }
  }
  for (const key of missingPartColumns(spec, match.columns)) {
    const f = spec.fields.find((x) => x.key === key)!;
    const place = { sheet: grid.name, cell: rangeA1(c.headerRows[0], c.left, c.headerRows[c.headerRows.length - 1], c.right) };
    const onTime = key === 'early' && match.columns.onTime !== undefined ? headerText(c, match.columns.onTime).text : '';
    // A channel told by difference (figures/tthc.ts): said as computed, not as missing (tester 17 T02).
    const diff = spec.name === 'tthc' ? differenceOf(key, (k) => match.columns[k] !== undefined) : null;
    if (onTime && earlyInOnTime(spec, match.columns, onTime)) issues.push(msg.earlyInOnTime(spec, headerPlace(match.columns.onTime!), onTime));
    else if (diff) {
      const named = (k: string) => partText(c, k).replace(/\s+/g, ' ');
      issues.push(msg.columnFromDifference(spec, f, place, named(diff.total), diff.minus.map(named).join(' − ')));
    } else issues.push(msg.missingPartLabel(spec, f, place));
  }
  for (const d of match.duplicates) {
    const field = spec.fields.find((f) => f.key === d.field);
    const keptCol = match.columns[d.field];
    if (field && keptCol !== undefined) issues.push(msg.duplicateLabel(spec, field, headerPlace(d.col), columnLetter(keptCol)));
  }
  for (const r of c.headerRows) {
    for (const col of Object.values(match.columns)) {
      const enc = grid.legacy(r, col);
      if (enc) issues.push(msg.legacyEncoding(spec, null, { sheet: grid.name, cell: a1(r, col) }, enc, grid.text(r, col).trim()));
    }
  }
  for (const b of c.blankRows) issues.push(msg.blankRow(spec, { sheet: grid.name, cell: rangeA1(b, c.left, b, c.right) }));

  const hasAmounts = spec.fields.some((f) => f.kind === 'amount' && match.columns[f.key] !== undefined);
  const located: LocatedTable = {
    table: spec.name,
    sheet: grid.name,
    range,
    headerRows: c.headerRows,
    dataRows: c.dataRows,
    columns: { ...match.columns },
    headings: columnHeadings(grid, c.headerRows, match.columns),
  };
  let factors = { table: 1, columns: {} as Record<string, number> };
  if (hasAmounts) {
    const u = tableUnit(c);
    located.unit = u.unit;
    factors = { table: u.unit.factor, columns: u.columnFactors };
    if (u.assumed) issues.push(msg.unitAssumed(spec, { sheet: grid.name, cell: a1(c.headerRows[0], c.left) }));
  }
  if (c.pinned) located.pinned = true;
  const typed = typeRows(c, factors, period);
  const table = columnTable(located, typed.columns);
  const totals = fillTotals(spec, table);
  // No spread: a long log may carry many issues.
  for (const x of typed.issues) if (!(x.code === 'missing-cell' && x.sheet === grid.name && totals.filled.has(x.cell))) issues.push(x);
  for (const x of totals.issues) issues.push(x);
  for (const x of listTotalIssues(c, typed.columns)) issues.push(x);
  // Group headings are not data rows; their column stands for the category. When every data row is a record,
  // the records' rows are the data rows themselves (no copy of a long log's 100 000 rows).
  if (typed.columns.length !== c.dataRows.length) located.dataRows = typed.columns.recordRows();
  if (typed.categoryColumn !== undefined) located.columns.category = typed.categoryColumn;
  const groupColumns = typed.groupColumns ?? {};
  for (const key of Object.keys(groupColumns) as FieldKey[]) located.columns[key] ??= groupColumns[key];
  return { table, issues };
}

/**
 * A table of several units' rows (read/unitRows.ts, tester 15 item 5): keeps only the row of `agency`'s unit, with a
 * note, and returns true; returns false, with an error, when no row is that unit's (the table is then not read).
 * True and nothing changed when the rows are not units, or are the reception points of the agency's commune
 * (receptionPoints.ts).
 */
function oneUnit(c: Candidate, t: ReadTable, agency: string | null, issues: Issue[]): boolean {
  // TTHC counts: a row a unit. Staff and budget: maybe several rows a unit (its levels, its lines), then only under a
  // column headed «Đơn vị» naming communes (unitRows).
  const repeated = c.spec.name !== 'tthc';
  const units = unitRows(c, t.rows, repeated);
  // The reception points of this one commune (its centre, the points of the former communes merged into it): parts
  // of the commune, read whole (tester 17 T06).
  if (!units || receptionPoints([...units.names.values()], agency)) return true;
  const hits = rowsOfUnit(units, agency);
  const rows = repeated ? hits : hits.length === 1 ? hits : [];
  const place = placeOf(c);
  const names = [...new Set(units.names.values())];
  const read = rows.length > 0 ? { unit: units.names.get(rows[0])!, row: rows.map((r) => r.row) } : null;
  issues.push(msg.tableOfUnits(c.spec, place, units.heading, names, agency, read));
  if (rows.length === 0) return false;
  t.rows = rows;
  t.located.dataRows = rows.map((r) => r.row);
  return true;
}

/** Where a candidate is, for messages: its sheet and its range from the header's top row. */
function placeOf(c: Candidate): msg.Place {
  return { sheet: c.grid.name, cell: rangeA1(c.headerRows[0], c.left, c.lastRow, c.right) };
}

/**
 * Other places that qualify as a chosen table (another sheet's copy, last year's list) and hold no table
 * read: each is named in an info issue, so that the clerk sees which one was read and may pin the other.
 */
function otherPlaces(
  chosen: Map<TableName, Candidate>,
  qualified: Candidate[],
  extra: Candidate[],
  onHidden: (c: Candidate) => boolean,
  period: Period | null,
): Issue[] {
  const read = [...chosen.values(), ...extra];
  const out: Issue[] = [];
  for (const [name, c] of chosen) {
    if (c.pinned) continue;
    const named: Candidate[] = [];
    // A header with no data under it (a blank form) holds nothing to choose.
    const others = qualified
      .filter((o) => o.spec.name === name && o.dataRows.length > 0 && !read.some((t) => overlaps(t, o)))
      .sort((a, b) => b.score - a.score);
    for (const o of others) {
      if (named.some((n) => overlaps(n, o))) continue;
      named.push(o);
      out.push(otherPlace(o, c, onHidden(o) && !onHidden(c), period));
    }
  }
  return out;
}

/**
 * Budget tables not read (on another sheet, visible, of no worse a period than the read one's) whose revenue or
 * expenditure differs from the read one's: a warning each naming both places and amounts (tester 16 F14), beside the
 * note otherPlaces gives.
 */
function budgetRivals(
  read: ReadTable,
  c: Candidate,
  qualified: Candidate[],
  extra: Candidate[],
  onHidden: (c: Candidate) => boolean,
  period: Period | null,
): Issue[] {
  if (c.pinned) return [];
  const taken = [c, ...extra];
  const out: Issue[] = [];
  const named: Candidate[] = [];
  const others = qualified
    .filter((o) => o.spec.name === 'budget' && o.dataRows.length > 0 && !taken.some((t) => overlaps(t, o)) && !onHidden(o))
    .sort((a, b) => b.score - a.score);
  for (const o of others) {
    if (named.some((n) => overlaps(n, o) || n.grid.name === o.grid.name) || o.grid.name === c.grid.name) continue;
    // A table of another period (last month's sheet beside the quarter's) differs by right: otherPlace says so.
    if (period && periodRank(o, period).rank < periodRank(c, period).rank) continue;
    named.push(o);
    const x = budgetRivalIssue(read, placeOf(c), readTable(o, period).table, placeOf(o));
    if (x) out.push(x);
  }
  return out;
}

/**
 * The note on a place `o` that qualifies as the table read at `c`, not read: on a hidden sheet; a table of
 * another period (its title says so, the read one's fits the report better); a second table on the same
 * sheet (its header named: nothing else may tell them apart); else a place of less evidence.
 */
function otherPlace(o: Candidate, c: Candidate, hidden: boolean, period: Period | null): Issue {
  const spec = SCHEMA[c.spec.name];
  if (hidden) return msg.otherCandidate(spec, placeOf(o), placeOf(c), true);
  const mine = period ? periodRank(o, period) : null;
  const read = period ? periodRank(c, period) : null;
  if (period && mine && read && mine.rank < read.rank) {
    // A rank below 2: none of its lines names the report period.
    const line = mine.stated[0];
    if (line) return msg.tableOfOtherPeriod(spec, headerOf(o), a1(line.row, line.col), line.start, line.end, placeOf(c));
  }
  if (o.grid.name === c.grid.name) {
    const heading = otherMeasureHeading(o);
    if (heading && !otherMeasureHeading(c)) return msg.otherMeasureBlock(spec, headerOf(o), heading.text, placeOf(c));
    const why = mine && read && read.rank > mine.rank ? 'because-read-names-period' : alike(o, c) ? 'because-nothing-tells' : 'because-less-evidence';
    return msg.secondTable(spec, headerOf(o), placeOf(c), why);
  }
  // A list of persons on another sheet not read (it names someone of the read list, or is headed otherwise):
  // its people are left out of every staff figure, which a warning says with their number.
  const names = o.spec.name === 'staff' ? o.match.columns.name : undefined;
  if (names !== undefined && c.match.columns.name !== undefined) {
    const people = o.dataRows.filter((r) => !o.grid.isBlank(r, names)).length;
    const why = headedAlike(o, c)
      ? titlePeriods(o, period) === titlePeriods(c, period)
        ? 'because-shares-person'
        : 'because-other-title-period'
      : 'because-less-evidence';
    return msg.staffPartLeftOut(spec, placeOf(o), placeOf(c), people, why);
  }
  return msg.otherCandidate(spec, placeOf(o), placeOf(c), false);
}

/** The range `cell` (A1 or A1:B2) lies within `b`. */
function within(cell: string | undefined, b: { top: number; bottom: number; left: number; right: number }): boolean {
  const r = cell ? parseRange(cell) : null;
  return !!r && r.top >= b.top && r.bottom <= b.bottom && r.left >= b.left && r.right <= b.right;
}

/** A candidate's header rows across its columns, for messages. */
function headerOf(c: Candidate): msg.Place {
  return { sheet: c.grid.name, cell: rangeA1(c.headerRows[0], c.left, c.headerRows[c.headerRows.length - 1], c.right) };
}

/**
 * A table found nowhere, though a range is headed like it: the best such range is named with the reason it
 * was not read (words of another kind of table, or values unlike the table's), so the clerk can pin it.
 */
function rejected(chosen: Map<TableName, Candidate>, candidates: Candidate[]): Issue[] {
  const out: Issue[] = [];
  const read = [...chosen.values()];
  for (const name of TABLE_NAMES) {
    if (chosen.has(name)) continue;
    const best = candidates
      .filter((c) => c.spec.name === name && c.evidence && !c.evidence.accepted && !read.some((t) => overlaps(t, c)))
      .sort((a, b) => b.score - a.score)[0];
    if (best?.evidence) out.push(msg.notOnEvidence(SCHEMA[name], placeOf(best), best.evidence.against));
  }
  return out;
}

/**
 * The other parts of a staff list of persons kept over several sheets (tester 7 item 3: «Cán bộ» and «Công
 * chức»): candidates on other sheets, headed by the same fields, on a sheet as visible as the read one's, whose
 * titles state the same period as its title (or both none). Whether they share a person is asked once read.
 */
function staffParts(c: Candidate, pool: Candidate[], taken: Candidate[], onHidden: (c: Candidate) => boolean, period: Period | null): Candidate[] {
  if (c.match.columns.name === undefined && c.match.columns.givenName === undefined) return [];
  const out: Candidate[] = [];
  for (const o of pool) {
    if (o.spec.name !== 'staff' || o.pinned || o.grid.name === c.grid.name || o.dataRows.length === 0) continue;
    if (onHidden(o) !== onHidden(c) || !headedAlike(o, c) || titlePeriods(o, period) !== titlePeriods(c, period)) continue;
    if ([...taken, ...out].some((t) => overlaps(t, o)) || out.some((t) => t.grid.name === o.grid.name)) continue;
    out.push(o);
  }
  return out;
}

/** Names `more`'s place among the parts `located` was read from (its own first). */
function addPart(located: LocatedTable, more: LocatedTable): void {
  located.parts ??= [{ sheet: located.sheet, range: located.range }];
  located.parts.push({ sheet: more.sheet, range: more.range });
}

/** Two candidates headed by the same fields. */
function headedAlike(a: Candidate, b: Candidate): boolean {
  return Object.keys(a.match.columns).sort().join() === Object.keys(b.match.columns).sort().join();
}

/** The periods a candidate's title lines state, as one key ("" when none). */
function titlePeriods(c: Candidate, period: Period | null): string {
  return statedPeriods(c.grid, c.titleRows, period ? serialParts(period.start).y : null)
    .map((p) => `${p.start}-${p.end}`)
    .join();
}

/** Whether two lists of persons name one person (name and date of birth as written; names folded). */
function sharedPerson(a: readonly TypedRow[], b: readonly TypedRow[]): boolean {
  const key = (r: TypedRow) => {
    const name = r.values.name?.text.trim();
    if (r.isTotal || !name) return null;
    const born = r.values.birthDate ?? r.values.birthDateMale ?? r.values.birthDateFemale;
    return `${fold(name)}|${born?.text.trim() ?? ''}`;
  };
  const seen = new Set(a.map(key).filter((k) => k !== null));
  return b.some((r) => {
    const k = key(r);
    return k !== null && seen.has(k);
  });
}

/** Which sides of the budget a table's lines cover: lines starting with "thu" / "tổng thu", "chi" / "tổng chi". */
function budgetSides(c: Candidate): { thu: boolean; chi: boolean } {
  const col = c.match.columns.content;
  const sides = { thu: false, chi: false };
  if (col === undefined) return sides;
  const texts = [...c.dataRows.map((r) => c.grid.folded(r, col)), ...c.titleRows.map((r) => fold(c.grid.text(r, c.left)))];
  for (const t of texts) {
    const f = t.replace(/^(?:[ivx]+|\d+|[a-h]) /, '');
    if (/^(?:tong )?thu\b/.test(f)) sides.thu = true;
    if (/^(?:tong )?chi\b/.test(f)) sides.chi = true;
  }
  return sides;
}

/** The best other budget table that holds the side the chosen one lacks (and none of its cells). */
function otherBudgetSide(chosen: Candidate, candidates: Candidate[], taken: Candidate[]): Candidate | null {
  const have = budgetSides(chosen);
  if (have.thu === have.chi) return null;
  const others = candidates.filter((o) => o.spec.name === 'budget' && o !== chosen && !taken.some((t) => overlaps(t, o))).sort((a, b) => b.score - a.score);
  for (const o of others) {
    const s = budgetSides(o);
    if ((have.thu && s.chi && !s.thu) || (have.chi && s.thu && !s.chi)) return o;
  }
  return null;
}

/** A staff list of persons whose only qualification column is political theory: no level, no count (tester «blocks» item 3). */
function politicalTheoryOnly(c: Candidate): boolean {
  const cols = c.match.columns;
  if (c.spec.name !== 'staff' || cols.politicalTheory === undefined || cols.education !== undefined) return false;
  return cols.count === undefined && cols.countCanBo === undefined && cols.countCongChuc === undefined && cols.countKhongChuyenTrach === undefined;
}
