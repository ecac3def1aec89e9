/** The fake workbook's state: sheets, cells, names, settings, and Excel's rules on them (names, used range, typed input). */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { parseRange } from '../../../../src/core/address';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export class FakeApiError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export interface Borders {
  top?: string;
  bottom?: string;
  left?: string;
  right?: string;
}

export interface CellModel {
  value: string | number | boolean | null;
  formula?: string;
  error?: string;
  numberFormat: string;
  font: { name: string; bold: boolean; italic: boolean; size: number; color: string };
  fill: string | null;
  hAlign: string;
  wrap: boolean;
  borders: Borders;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface CfModel {
  id: string;
  type: string;
  ranges: string[];
  formula: string;
  fill: string | null;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<number, CellModel>;
  merges: string[];
  columnWidths: Map<number, number>;
  /** Row heights in points, by 0-based row. */
  rowHeights: Map<number, number>;
  conditionalFormats: CfModel[];
  customProperties: Map<string, string>;
  validations: { range: string; rule: any }[];
  pageLayout: Record<string, any>;
  frozenRows: number;
  /** 0-based rows and columns the user hid (set by tests). */
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  /** Review → Protect Sheet (set by tests): cells, formats and conditional formats refuse changes. */
  protected: boolean;
  /** Comments (threaded, Review → New Comment), set by tests; read through ExcelApi 1.10's `workbook.comments`. */
  comments: CommentModel[];
}

/** A comment on one cell: its first text and its replies' texts. */
export interface CommentModel {
  /** The cell, A1 ("B3"). */
  cell: string;
  content: string;
  replies: string[];
}

/** A workbook-scoped named item referring to a range; `sheet` null once its sheet is deleted (#REF!). */
export interface NameModel {
  name: string;
  sheet: SheetModel | null;
  top: number;
  left: number;
  bottom: number;
  right: number;
  comment: string;
}

export interface FakeOptions {
  /** Highest ExcelApi minor version supported (1.x); default 14. */
  apiVersion?: number;
  /** Excel on the web's limits: 5 MB response and request, 5 million cells. */
  web?: boolean;
  maxResponseBytes?: number;
  /** Cells a range may hold before its values come back null (web: 5 million). */
  maxCells?: number;
  /** Sheet ids are dealt out again at every Excel.run (ids have changed between sessions and hosts). */
  idsChangeBetweenRuns?: boolean;
}

export const key = (r: number, c: number) => r * MAX_COLS + c;

export function defaultCell(): CellModel {
  return {
    value: null,
    numberFormat: 'General',
    font: { name: 'Calibri', bold: false, italic: false, size: 11, color: '#000000' },
    fill: null,
    hAlign: 'General',
    wrap: false,
    borders: {},
  };
}

export function isDefault(c: CellModel): boolean {
  const d = defaultCell();
  return (
    c.value === null &&
    c.formula === undefined &&
    c.error === undefined &&
    c.hyperlink === undefined &&
    JSON.stringify({ ...c, value: null }) === JSON.stringify({ ...d, value: null })
  );
}

export function quoteIfNeeded(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export type Bounds = { top: number; left: number; bottom: number; right: number };

export interface Rect {
  sheet: SheetModel;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseAddress(address: string): { top: number; left: number; bottom: number; right: number } {
  const a = address.replace(/\$/g, '').trim();
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (cols) {
    const p = parseRange(`${cols[1]}1:${cols[2]}1`)!;
    return { top: 0, left: p.left, bottom: MAX_ROWS - 1, right: p.right };
  }
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: MAX_COLS - 1 };
  const p = parseRange(a);
  if (!p) throw new FakeApiError('InvalidArgument', `bad address ${address}`);
  return p;
}

/** The workbook's state and the request machinery shared by all proxies. */
export class FakeWorkbookModel {
  sheets: SheetModel[] = [];
  settings = new Map<string, unknown>();
  names: NameModel[] = [];
  active: SheetModel | null = null;
  selection: { sheetId: string; address: string } | null = null;
  nextId = 1;
  cfNext = 1;
  /** Counted over every context. */
  syncCount = 0;
  /** Queued operations (writes, loads, method calls) sent over every sync: what a batch costs Excel. */
  operations = 0;
  suspendCalls: string[] = [];
  readonly apiVersion: number;
  readonly maxResponseBytes: number;
  readonly maxCells: number;
  readonly maxRequestBytes: number;
  readonly idsChangeBetweenRuns: boolean;

  constructor(options: FakeOptions = {}) {
    this.apiVersion = options.apiVersion ?? 14;
    this.idsChangeBetweenRuns = !!options.idsChangeBetweenRuns;
    this.maxResponseBytes = options.maxResponseBytes ?? (options.web ? 5 * 1024 * 1024 : Infinity);
    this.maxCells = options.maxCells ?? (options.web ? 5_000_000 : Infinity);
    this.maxRequestBytes = options.web ? 5 * 1024 * 1024 : Infinity;
  }

  require(minor: number, what: string): void {
    if (this.apiVersion < minor) throw new FakeApiError('ApiNotFound', `${what} needs ExcelApi 1.${minor}`);
  }

  addSheet(name: string): SheetModel {
    this.checkName(name);
    const s: SheetModel = {
      id: `{${String(this.nextId++).padStart(8, '0')}-0001-0000-0000-000000000000}`,
      name,
      visibility: 'Visible',
      cells: new Map(),
      merges: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      conditionalFormats: [],
      customProperties: new Map(),
      validations: [],
      pageLayout: {},
      frozenRows: 0,
      hiddenRows: new Set(),
      hiddenCols: new Set(),
      protected: false,
      comments: [],
    };
    this.sheets.push(s);
    if (!this.active) this.active = s;
    return s;
  }

  checkName(name: string, except?: SheetModel): void {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'"))
      throw new FakeApiError('InvalidArgument', `bad sheet name ${name}`);
    if (this.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase()))
      throw new FakeApiError('ItemAlreadyExists', `sheet ${name} exists`);
  }

  /** Excel refuses any change of cells, formats or conditional formats on a protected sheet. */
  checkEditable(sheet: SheetModel): void {
    if (sheet.protected) throw new FakeApiError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
  }

  /** Each sheet takes the next sheet's id: a sheet may now hold an id another sheet had before. */
  dealIdsAgain(): void {
    const ids = this.sheets.map((s) => s.id);
    this.sheets.forEach((s, i) => (s.id = ids[(i + 1) % ids.length]));
  }

  /** Test helper: what Excel's "Move or Copy… > Create a copy" makes: cells, not custom properties nor workbook names. */
  copySheet(source: string, name: string): SheetModel {
    const from = this.findSheet(source)!;
    const to = this.addSheet(name);
    for (const [k, c] of from.cells) to.cells.set(k, JSON.parse(JSON.stringify(c)));
    to.merges = [...from.merges];
    return to;
  }

  findName(name: string): NameModel | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  findSheet(nameOrId: string): SheetModel | undefined {
    const n = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === n);
  }

  cell(sheet: SheetModel, r: number, c: number): CellModel {
    let cell = sheet.cells.get(key(r, c));
    if (!cell) {
      cell = defaultCell();
      sheet.cells.set(key(r, c), cell);
    }
    return cell;
  }

  peek(sheet: SheetModel, r: number, c: number): CellModel {
    return sheet.cells.get(key(r, c)) ?? defaultCell();
  }

  /** Test helper: puts raw values (no parsing) at a sheet's top-left. */
  /** A comment on a cell of the sheet (made if missing), with its replies. */
  addComment(sheetName: string, cell: string, content: string, replies: string[] = []): void {
    const s = this.findSheet(sheetName) ?? this.addSheet(sheetName);
    s.comments.push({ cell, content, replies });
  }

  setValues(sheetName: string, topLeft: string, rows: (string | number | boolean | null | { error: string })[][]): void {
    const s = this.findSheet(sheetName) ?? this.addSheet(sheetName);
    const p = parseAddress(topLeft);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const c = this.cell(s, p.top + i, p.left + j);
        if (v !== null && typeof v === 'object') {
          c.error = v.error;
          c.value = null;
        } else c.value = v;
      }),
    );
  }

  /** Test helper: a deep copy of every cell of every sheet, to compare before/after. */
  dumpCells(): string {
    return JSON.stringify(this.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()].filter(([, c]) => !isDefault(c)) })));
  }

  /** The used range of a sheet, or of the part of it inside `within` (Range.getUsedRange); null when blank. */
  usedRect(sheet: SheetModel, valuesOnly: boolean, within?: Bounds): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, c] of sheet.cells) {
      const has = valuesOnly ? c.value !== null || c.error !== undefined || c.formula !== undefined : !isDefault(c);
      if (!has) continue;
      const r = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (within && (r < within.top || r > within.bottom || col < within.left || col > within.right)) continue;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
    return bottom < 0 ? null : { sheet, top, left, bottom, right };
  }

  /** Writes text the way Excel parses typed input. */
  writeValue(cell: CellModel, v: unknown): void {
    cell.formula = undefined;
    cell.error = undefined;
    if (v === '') {
      cell.value = null;
      return;
    }
    if (typeof v === 'number' || typeof v === 'boolean') {
      cell.value = v;
      return;
    }
    const s = String(v);
    if (cell.numberFormat === '@') {
      cell.value = s;
    } else if (s.startsWith("'")) {
      cell.value = s.slice(1);
    } else if (/^[+-]?\d+(\.\d+)?$/.test(s.trim())) {
      cell.value = Number(s);
    } else if (/^[=+\-@]/.test(s)) {
      // Excel takes it for a formula; the fake cannot evaluate it.
      cell.formula = s.startsWith('=') ? s : `=${s}`;
      cell.value = null;
      cell.error = '#NAME?';
    } else {
      cell.value = s;
    }
  }
}
