/**
 * A fake of the Excel JavaScript API (the subset the office host uses) that enforces its rules:
 * - a proxy's property read before load + sync throws PropertyNotLoaded;
 * - writes and loads are queued and applied in order at `context.sync()`, which is counted;
 * - *OrNullObject methods give null objects (isNullObject) and methods on them give null objects;
 * - APIs above the configured ExcelApi version throw (so feature detection is really tested);
 * - optional limits of Excel on the web: 5 MB response and request, measured in UTF-8 bytes; a range
 *   over 5 million cells gives null values, numberFormat and valueTypes;
 * - text written to a cell is parsed the way Excel parses it (formulas, numbers) unless the
 *   cell's number format is "@" or the text starts with an apostrophe.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { parseRange, rangeA1, columnLetter } from '../../../src/core/address';

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

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

const key = (r: number, c: number) => r * MAX_COLS + c;

function defaultCell(): CellModel {
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

function isDefault(c: CellModel): boolean {
  const d = defaultCell();
  return (
    c.value === null &&
    c.formula === undefined &&
    c.error === undefined &&
    c.hyperlink === undefined &&
    JSON.stringify({ ...c, value: null }) === JSON.stringify({ ...d, value: null })
  );
}

function quoteIfNeeded(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

interface Rect {
  sheet: SheetModel;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseAddress(address: string): { top: number; left: number; bottom: number; right: number } {
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
    return JSON.stringify(
      this.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()].filter(([, c]) => !isDefault(c)) })),
    );
  }

  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, c] of sheet.cells) {
      const has = valuesOnly ? c.value !== null || c.error !== undefined || c.formula !== undefined : !isDefault(c);
      if (!has) continue;
      const r = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
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
    if (v === '' ) {
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

type Action = () => void;

/** One request context: the queue of actions and the sync. */
export class FakeContext {
  queue: Action[] = [];
  /** Sheets added in the batch being synced: Excel on the web does not activate them in that batch. */
  addedThisBatch = new Set<SheetModel>();
  responseBytes = 0;
  responseCells = 0;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  constructor(public model: FakeWorkbookModel) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  enqueue(a: Action): void {
    this.queue.push(a);
  }

  /** UTF-8 bytes of the values and formats written in this batch (the web's request limit). */
  requestBytes = 0;

  async sync(): Promise<void> {
    this.model.syncCount++;
    if (this.requestBytes > this.model.maxRequestBytes) {
      this.queue = [];
      this.requestBytes = 0;
      throw new FakeApiError('RequestPayloadSizeLimitExceeded', 'request over 5 MB');
    }
    this.requestBytes = 0;
    const q = this.queue;
    this.queue = [];
    this.addedThisBatch.clear();
    this.responseBytes = 0;
    this.responseCells = 0;
    for (const a of q) {
      a();
      if (this.responseBytes > this.model.maxResponseBytes)
        throw new FakeApiError('ResponsePayloadSizeLimitExceeded', `${this.responseBytes} bytes`);
    }
    await Promise.resolve();
  }

  /** Accounts for a response; a throw here fails the whole batch like the real limit. */
  respond(value: unknown, cells = 0): void {
    this.responseBytes += Buffer.byteLength(JSON.stringify(value ?? null), 'utf8');
    this.responseCells += cells;
  }
}

/** Base of every proxy: loaded scalars, and a throw when one is read before load + sync. */
class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(protected ctx: FakeContext) {}

  protected get model(): FakeWorkbookModel {
    return this.ctx.model;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new FakeApiError('PropertyNotLoaded', `The property '${prop}' is not available. Call load() and sync() first.`);
    return this.loaded.get(prop) as T;
  }

  /** Null-object support: subclasses say whether they resolve to nothing. */
  protected isNull(): boolean {
    return false;
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  /** Computes one scalar at sync time. */
  protected scalar(_prop: string): unknown {
    throw new FakeApiError('InvalidArgument', `cannot load ${_prop} on ${this.constructor.name}`);
  }

  /** Navigation properties that a load path may walk through. */
  protected nav(prop: string): Proxy | undefined {
    const v = (this as any)[prop];
    return v instanceof Proxy ? v : undefined;
  }

  load(spec?: string | string[] | { select?: string }): this {
    const paths = (typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec : (spec?.select ?? '').split(','))
      .map((s) => s.trim())
      .filter(Boolean);
    if (paths.length === 0) throw new FakeApiError('InvalidArgument', 'empty load() is not allowed here');
    this.ctx.enqueue(() => this.loadPaths(paths.map((p) => p.split('/'))));
    return this;
  }

  /** Loads several paths at once; paths through the same navigation share one child (items are listed once). */
  loadPaths(paths: string[][]): void {
    const isNull = this.isNull();
    this.loaded.set('isNullObject', isNull);
    if (isNull) return;
    const groups = new Map<string, string[][]>();
    for (const parts of paths) {
      if (parts.length === 1) {
        const v = this.scalar(parts[0]);
        this.loaded.set(parts[0], v);
        this.ctx.respond(v);
      } else groups.set(parts[0], [...(groups.get(parts[0]) ?? []), parts.slice(1)]);
    }
    for (const [nav, rest] of groups) {
      const child = this.nav(nav);
      if (!child) throw new FakeApiError('InvalidArgument', `no navigation ${nav}`);
      child.loadPaths(rest);
    }
  }

  /** Writes are queued; they apply at sync, in order. */
  protected write(fn: () => void): void {
    this.ctx.enqueue(() => {
      if (this.isNull()) throw new FakeApiError('ItemNotFound', `write on a null object (${this.constructor.name})`);
      fn();
    });
  }
}

/** A collection proxy: `items` after load. */
class CollectionProxy<T extends Proxy> extends Proxy {
  private itemsList: T[] | null = null;
  constructor(
    ctx: FakeContext,
    private make: () => T[],
  ) {
    super(ctx);
  }
  get items(): T[] {
    if (!this.itemsList) throw new FakeApiError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.itemsList;
  }
  override loadPaths(paths: string[][]): void {
    this.loaded.set('isNullObject', false);
    const itemPaths = paths.filter((p) => p[0] === 'items');
    super.loadPaths(paths.filter((p) => p[0] !== 'items'));
    if (itemPaths.length === 0) return;
    this.itemsList = this.make();
    const rest = itemPaths.map((p) => p.slice(1)).filter((p) => p.length > 0);
    if (rest.length) for (const it of this.itemsList) it.loadPaths(rest);
  }
  protected override scalar(prop: string): unknown {
    if (prop === 'count') return this.make().length;
    return super.scalar(prop);
  }
}

export class FakeApplication extends Proxy {
  suspendApiCalculationUntilNextSync(): void {
    this.model.require(6, 'suspendApiCalculationUntilNextSync');
    this.ctx.enqueue(() => this.model.suspendCalls.push('calc'));
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.model.require(9, 'suspendScreenUpdatingUntilNextSync');
    this.ctx.enqueue(() => this.model.suspendCalls.push('screen'));
  }
}

export class FakeWorkbook extends Proxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly names: FakeNamedItemCollection;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
  }
  /** Fails on a selection of several areas, as Excel does. */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sel = this.model.selection;
      const sheet = sel ? this.model.sheets.find((s) => s.id === sel.sheetId) : this.model.active;
      if (!sheet) throw new FakeApiError('ItemNotFound', 'no selection');
      if (sel?.address.includes(',')) throw new FakeApiError('InvalidSelection', 'several areas are selected');
      return { sheet, ...parseAddress(sel?.address ?? 'A1') };
    });
  }
  getSelectedRanges(): FakeRangeAreas {
    this.model.require(9, 'getSelectedRanges');
    return new FakeRangeAreas(this.ctx, () => {
      const sel = this.model.selection;
      const sheet = sel ? this.model.sheets.find((s) => s.id === sel.sheetId) : this.model.active;
      if (!sheet) return null;
      return (sel?.address ?? 'A1')
        .split(',')
        .map((a) => `${quoteIfNeeded(sheet.name)}!${a}`)
        .join(',');
    });
  }
}

export class FakeWorksheetCollection extends CollectionProxy<FakeWorksheet> {
  constructor(ctx: FakeContext) {
    super(ctx, () => this.model.sheets.map((s) => new FakeWorksheet(ctx, () => s)));
  }
  getItem(nameOrId: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.model.findSheet(nameOrId);
      if (!s) throw new FakeApiError('ItemNotFound', `sheet ${nameOrId}`);
      return s;
    });
  }
  getItemOrNullObject(nameOrId: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.model.findSheet(nameOrId) ?? null);
  }
  add(name?: string): FakeWorksheet {
    let made: SheetModel | null = null;
    this.ctx.enqueue(() => {
      made = this.model.addSheet(name ?? `Sheet${this.model.sheets.length + 1}`);
      this.ctx.addedThisBatch.add(made);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!made) throw new FakeApiError('InvalidOperation', 'sheet not added yet');
      return made;
    });
  }
}

export class FakeWorksheet extends Proxy {
  constructor(
    ctx: FakeContext,
    private resolve: () => SheetModel | null,
  ) {
    super(ctx);
  }
  protected override isNull(): boolean {
    return this.resolve() === null || !this.model.sheets.includes(this.resolve()!);
  }
  sheet(): SheetModel {
    const s = this.resolve();
    if (!s || !this.model.sheets.includes(s)) throw new FakeApiError('ItemNotFound', 'worksheet');
    return s;
  }
  protected override scalar(prop: string): unknown {
    const s = this.sheet();
    if (prop === 'name') return s.name;
    if (prop === 'id') return s.id;
    if (prop === 'visibility') return s.visibility;
    if (prop === 'position') return this.model.sheets.indexOf(s);
    return super.scalar(prop);
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write(() => {
      this.model.checkName(v, this.sheet());
      this.sheet().name = v;
    });
  }
  get id(): string {
    return this.read('id');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(v: string) {
    this.write(() => {
      if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') throw new FakeApiError('InvalidArgument', `visibility ${v}`);
      this.sheet().visibility = v;
    });
  }
  /** Excel refuses to delete a VeryHidden sheet or the last visible one; names referring to it become #REF!. */
  delete(): void {
    this.write(() => {
      const s = this.sheet();
      if (s.visibility === 'VeryHidden') throw new FakeApiError('InvalidOperation', 'cannot delete a VeryHidden sheet');
      if (this.model.sheets.filter((x) => x.visibility === 'Visible' && x !== s).length === 0)
        throw new FakeApiError('InvalidOperation', 'cannot delete the last visible sheet');
      this.model.sheets = this.model.sheets.filter((x) => x !== s);
      for (const n of this.model.names) if (n.sheet === s) n.sheet = null;
      if (this.model.active === s) this.model.active = this.model.sheets[0] ?? null;
    });
  }
  /** A Hidden sheet cannot be activated; a sheet added in the same batch is not (Excel on the web misses it). */
  activate(): void {
    this.write(() => {
      const s = this.sheet();
      if (s.visibility !== 'Visible') throw new FakeApiError('InvalidOperation', 'cannot activate a hidden sheet');
      if (this.ctx.addedThisBatch.has(s)) return;
      this.model.active = s;
    });
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.resolve();
      if (!s) return null;
      return { sheet: s, ...(address ? parseAddress(address) : { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }) };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.model.require(7, 'getRangeByIndexes');
    return new FakeRange(this.ctx, () => {
      const s = this.resolve();
      if (!s) return null;
      if (rows < 1 || cols < 1) throw new FakeApiError('InvalidArgument', 'empty range');
      return { sheet: s, top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.resolve();
      return s ? this.model.usedRect(s, !!valuesOnly) : null;
    });
  }
  /** Office.js: on a blank worksheet this returns the top-left cell (it does not throw). */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.sheet();
      return this.model.usedRect(s, !!valuesOnly) ?? { sheet: s, top: 0, left: 0, bottom: 0, right: 0 };
    });
  }
  get customProperties(): FakeCustomPropertyCollection {
    this.model.require(12, 'worksheet.customProperties');
    return new FakeCustomPropertyCollection(this.ctx, () => this.resolve());
  }
  get freezePanes(): { freezeRows: (n: number) => void } {
    this.model.require(7, 'freezePanes');
    return { freezeRows: (n: number) => this.write(() => (this.sheet().frozenRows = n)) };
  }
  get pageLayout(): FakePageLayout {
    this.model.require(9, 'pageLayout');
    return new FakePageLayout(this.ctx, () => this.sheet());
  }
}

export class FakePageLayout extends Proxy {
  constructor(
    ctx: FakeContext,
    private sheetOf: () => SheetModel,
  ) {
    super(ctx);
  }
  private setter(prop: string, v: unknown): void {
    this.write(() => (this.sheetOf().pageLayout[prop] = v));
  }
  set paperSize(v: string) {
    this.setter('paperSize', v);
  }
  set orientation(v: string) {
    this.setter('orientation', v);
  }
  set zoom(v: unknown) {
    this.setter('zoom', v);
  }
  set centerHorizontally(v: boolean) {
    this.setter('centerHorizontally', v);
  }
  setPrintTitleRows(address: string): void {
    this.setter('printTitleRows', address);
  }
}

function propertyKey(props: Map<string, string>, k: string): string | undefined {
  return [...props.keys()].find((x) => x.toLowerCase() === k.toLowerCase());
}

export class FakeCustomPropertyCollection extends CollectionProxy<FakeCustomProperty> {
  constructor(
    ctx: FakeContext,
    private sheetOf: () => SheetModel | null,
  ) {
    super(ctx, () => {
      const s = sheetOf();
      return s ? [...s.customProperties.keys()].map((k) => new FakeCustomProperty(ctx, () => (s.customProperties.has(k) ? { s, k } : null))) : [];
    });
  }
  /** Keys compare without case, as in Excel; add() overwrites a property of the same key. */
  add(k: string, v: string): void {
    this.write(() => {
      const props = this.sheetOf()!.customProperties;
      const old = propertyKey(props, k);
      if (old !== undefined) props.delete(old);
      props.set(k, String(v));
    });
  }
  getItemOrNullObject(k: string): FakeCustomProperty {
    return new FakeCustomProperty(this.ctx, () => {
      const s = this.sheetOf();
      const found = s ? propertyKey(s.customProperties, k) : undefined;
      return s && found !== undefined ? { s, k: found } : null;
    });
  }
}

export class FakeCustomProperty extends Proxy {
  constructor(
    ctx: FakeContext,
    private resolve: () => { s: SheetModel; k: string } | null,
  ) {
    super(ctx);
  }
  protected override isNull(): boolean {
    return this.resolve() === null;
  }
  protected override scalar(prop: string): unknown {
    const r = this.resolve()!;
    if (prop === 'key') return r.k;
    if (prop === 'value') return r.s.customProperties.get(r.k);
    return super.scalar(prop);
  }
  get key(): string {
    return this.read('key');
  }
  get value(): string {
    return this.read('value');
  }
  delete(): void {
    this.write(() => {
      const r = this.resolve()!;
      r.s.customProperties.delete(r.k);
    });
  }
}

/** workbook.names (ExcelApi 1.4 for add, comment and getRangeOrNullObject). */
export class FakeNamedItemCollection extends CollectionProxy<FakeNamedItem> {
  constructor(ctx: FakeContext) {
    super(ctx, () => this.model.names.map((n) => new FakeNamedItem(ctx, () => (this.model.names.includes(n) ? n : null))));
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => {
      const n = this.model.findName(name);
      if (!n) throw new FakeApiError('ItemNotFound', `name ${name}`);
      return n;
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    this.model.require(4, 'names.getItemOrNullObject');
    return new FakeNamedItem(this.ctx, () => this.model.findName(name) ?? null);
  }
  /** The reference is a range proxy (resolved when the batch runs) or "Sheet!A1" text. */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    this.model.require(4, 'names.add');
    this.ctx.enqueue(() => {
      if (this.model.findName(name)) throw new FakeApiError('ItemAlreadyExists', `name ${name}`);
      let rect: Rect;
      if (typeof reference === 'string') {
        const bang = reference.lastIndexOf('!');
        let sheetName = reference.slice(0, bang);
        if (sheetName.startsWith("'")) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
        const sheet = this.model.findSheet(sheetName);
        if (!sheet) throw new FakeApiError('InvalidArgument', `reference ${reference}`);
        rect = { sheet, ...parseAddress(reference.slice(bang + 1)) };
      } else rect = reference.rect();
      this.model.names.push({ name, sheet: rect.sheet, top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right, comment: comment ?? '' });
    });
    return this.getItemOrNullObject(name);
  }
}

export class FakeNamedItem extends Proxy {
  constructor(
    ctx: FakeContext,
    private resolve: () => NameModel | null,
  ) {
    super(ctx);
  }
  protected override isNull(): boolean {
    return this.resolve() === null;
  }
  protected override scalar(prop: string): unknown {
    const n = this.resolve()!;
    if (prop === 'name') return n.name;
    if (prop === 'comment') return n.comment;
    if (prop === 'value') return n.sheet ? `${quoteIfNeeded(n.sheet.name)}!${rangeA1(n.top, n.left, n.bottom, n.right)}` : '#REF!';
    return super.scalar(prop);
  }
  get name(): string {
    return this.read('name');
  }
  get comment(): string {
    return this.read('comment');
  }
  /** Null when the name's sheet was deleted (#REF!) or the name itself is null. */
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const n = this.resolve();
      return n && n.sheet ? { sheet: n.sheet, top: n.top, left: n.left, bottom: n.bottom, right: n.right } : null;
    });
  }
  delete(): void {
    this.write(() => {
      const n = this.resolve()!;
      this.model.names = this.model.names.filter((x) => x !== n);
    });
  }
}

export class FakeSettingCollection extends CollectionProxy<FakeSetting> {
  constructor(ctx: FakeContext) {
    super(ctx, () => [...this.model.settings.keys()].map((k) => new FakeSetting(ctx, k)));
  }
  add(k: string, v: unknown): FakeSetting {
    this.ctx.enqueue(() => this.model.settings.set(k, JSON.parse(JSON.stringify(v))));
    return new FakeSetting(this.ctx, k);
  }
  getItem(k: string): FakeSetting {
    return new FakeSetting(this.ctx, k, true);
  }
  getItemOrNullObject(k: string): FakeSetting {
    return new FakeSetting(this.ctx, k);
  }
}

export class FakeSetting extends Proxy {
  constructor(
    ctx: FakeContext,
    private k: string,
    private strict = false,
  ) {
    super(ctx);
  }
  protected override isNull(): boolean {
    const missing = !this.model.settings.has(this.k);
    if (missing && this.strict) throw new FakeApiError('ItemNotFound', `setting ${this.k}`);
    return missing;
  }
  protected override scalar(prop: string): unknown {
    if (prop === 'key') return this.k;
    if (prop === 'value') return JSON.parse(JSON.stringify(this.model.settings.get(this.k)));
    return super.scalar(prop);
  }
  get value(): unknown {
    return this.read('value');
  }
  get key(): string {
    return this.read('key');
  }
  delete(): void {
    this.write(() => this.model.settings.delete(this.k));
  }
}

/** A cell-properties request's result: `.value` after sync. */
export class FakeClientResult<T> {
  private v: T | undefined;
  private ready = false;
  set(v: T): void {
    this.v = v;
    this.ready = true;
  }
  get value(): T {
    if (!this.ready) throw new FakeApiError('PropertyNotLoaded', 'ClientResult.value read before sync');
    return this.v as T;
  }
}

export class FakeRange extends Proxy {
  readonly format: FakeRangeFormat;
  private cached: Rect | null | undefined;
  constructor(
    ctx: FakeContext,
    private resolver: () => Rect | null,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, this);
  }
  /** Like Excel, a range proxy is bound to its cells when the batch first uses it. */
  resolve(): Rect | null {
    if (this.cached === undefined) this.cached = this.resolver();
    return this.cached;
  }
  protected override isNull(): boolean {
    return this.resolve() === null;
  }
  rect(): Rect {
    const r = this.resolve();
    if (!r) throw new FakeApiError('ItemNotFound', 'range');
    return r;
  }
  forEachCell(fn: (cell: CellModel, i: number, j: number, r: number, c: number) => void): void {
    const { sheet, top, left, bottom, right } = this.rect();
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) fn(this.model.cell(sheet, r, c), r - top, c - left, r, c);
  }
  /** Null over the web's cell limit (as Excel on the web answers); desktop Excel throws instead. */
  private grid<T>(fn: (cell: CellModel) => T): T[][] | null {
    const { sheet, top, left, bottom, right } = this.rect();
    const n = (bottom - top + 1) * (right - left + 1);
    if (n > this.model.maxCells) return null;
    if (n > 5_000_000) throw new FakeApiError('RangeExceedsLimit', `${n} cells in one range`);
    this.ctx.respond(null, n);
    const out: T[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row: T[] = [];
      for (let c = left; c <= right; c++) row.push(fn(this.model.peek(sheet, r, c)));
      out.push(row);
    }
    return out;
  }
  protected override scalar(prop: string): unknown {
    const r = this.rect();
    switch (prop) {
      case 'address':
        return `${quoteIfNeeded(r.sheet.name)}!${rangeA1(r.top, r.left, r.bottom, r.right)}`;
      case 'rowIndex':
        return r.top;
      case 'columnIndex':
        return r.left;
      case 'rowCount':
        return r.bottom - r.top + 1;
      case 'columnCount':
        return r.right - r.left + 1;
      case 'cellCount':
        return (r.bottom - r.top + 1) * (r.right - r.left + 1);
      case 'values':
        return this.grid((c) => (c.error !== undefined ? c.error : (c.value ?? '')));
      case 'numberFormat':
        return this.grid((c) => c.numberFormat);
      case 'valueTypes':
        return this.grid((c) =>
          c.error !== undefined ? 'Error' : c.value === null ? 'Empty' : typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String',
        );
      case 'formulas':
        return this.grid((c) => c.formula ?? (c.value ?? ''));
      default:
        return super.scalar(prop);
    }
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.resolve()?.sheet ?? null);
  }
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, () => {
      const a = this.resolve();
      const b = other.resolve();
      if (!a || !b || a.sheet !== b.sheet) return null;
      const r = { sheet: a.sheet, top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
      return r.top > r.bottom || r.left > r.right ? null : r;
    });
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(v: unknown) {
    this.ctx.requestBytes += Buffer.byteLength(JSON.stringify(v ?? null), 'utf8');
    this.write(() => this.setGrid(v, (cell, x) => this.model.writeValue(cell, x)));
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: unknown) {
    this.ctx.requestBytes += Buffer.byteLength(JSON.stringify(v ?? null), 'utf8');
    this.write(() => this.setGrid(v, (cell, x) => (cell.numberFormat = String(x))));
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  /** Office.js: a 2-D array must match the range; a scalar fills it; a null entry leaves the cell unchanged. */
  private setGrid(v: unknown, apply: (cell: CellModel, x: unknown) => void): void {
    const { top, left, bottom, right } = this.rect();
    if (Array.isArray(v)) {
      if (v.length !== bottom - top + 1 || v.some((row) => !Array.isArray(row) || row.length !== right - left + 1))
        throw new FakeApiError('InvalidArgument', 'The number of rows or columns in the input array does not match the size of the range.');
    }
    this.forEachCell((cell, i, j) => {
      const x = Array.isArray(v) ? (v as unknown[][])[i][j] : v;
      if (x !== null && x !== undefined) apply(cell, x);
    });
  }
  set hyperlink(h: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.model.require(7, 'range.hyperlink');
    this.write(() =>
      this.forEachCell((cell) => {
        cell.hyperlink = { ...h };
        if (h.textToDisplay !== undefined) cell.value = h.textToDisplay;
      }),
    );
  }
  merge(across?: boolean): void {
    this.write(() => {
      const r = this.rect();
      if (across) throw new FakeApiError('NotImplemented', 'merge across not modelled');
      for (const m of r.sheet.merges) {
        const p = parseRange(m)!;
        if (!(p.right < r.left || p.left > r.right || p.bottom < r.top || p.top > r.bottom))
          throw new FakeApiError('InvalidOperation', `merge overlaps ${m}`);
      }
      r.sheet.merges.push(rangeA1(r.top, r.left, r.bottom, r.right));
    });
  }
  select(): void {
    this.write(() => {
      const r = this.rect();
      if (r.sheet.visibility !== 'Visible') throw new FakeApiError('InvalidOperation', 'cannot select on a hidden sheet');
      if (this.ctx.addedThisBatch.has(r.sheet)) return;
      this.model.active = r.sheet;
      this.model.selection = { sheetId: r.sheet.id, address: rangeA1(r.top, r.left, r.bottom, r.right) };
    });
  }
  getCellProperties(spec: { format?: { font?: { name?: boolean } } }): FakeClientResult<any[][]> {
    this.model.require(9, 'getCellProperties');
    const result = new FakeClientResult<any[][]>();
    this.ctx.enqueue(() => {
      if (this.isNull()) {
        result.set(null as any);
        return;
      }
      const want = !!spec.format?.font?.name;
      const g = this.grid((c) => (want ? { format: { font: { name: c.font.name } } } : {}));
      if (g === null) throw new FakeApiError('RangeExceedsLimit', 'cell properties over the cell limit');
      this.ctx.respond(g);
      result.set(g);
    });
    return result;
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.model.require(13, 'getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.ctx, () => {
      const r = this.resolve();
      if (!r) return null;
      const areas = r.sheet.merges.filter((m) => {
        const p = parseRange(m)!;
        return !(p.right < r.left || p.left > r.right || p.bottom < r.top || p.top > r.bottom);
      });
      return areas.length ? areas.map((a) => `${quoteIfNeeded(r.sheet.name)}!${a}`).join(',') : null;
    });
  }
  /** Only 'Visible' is modelled: the range's visible cells as rectangles (runs of visible rows × runs of visible columns). */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    this.model.require(9, 'getSpecialCellsOrNullObject');
    if (cellType !== 'Visible') throw new FakeApiError('NotImplemented', `special cells ${cellType}`);
    return new FakeRangeAreas(this.ctx, () => {
      const r = this.resolve();
      if (!r) return null;
      const runs = (from: number, to: number, hidden: Set<number>) => {
        const out: [number, number][] = [];
        for (let i = from; i <= to; i++) {
          if (hidden.has(i)) continue;
          const last = out[out.length - 1];
          if (last && last[1] === i - 1) last[1] = i;
          else out.push([i, i]);
        }
        return out;
      };
      const rows = runs(r.top, r.bottom, r.sheet.hiddenRows);
      const cols = runs(r.left, r.right, r.sheet.hiddenCols);
      if (!rows.length || !cols.length) return null;
      const areas = rows.flatMap(([t, b]) => cols.map(([l, rt]) => `${quoteIfNeeded(r.sheet.name)}!${rangeA1(t, l, b, rt)}`));
      return areas.join(',');
    });
  }
  get dataValidation(): { rule: unknown } {
    this.model.require(8, 'dataValidation');
    const write = (rule: unknown) =>
      this.write(() => {
        const r = this.rect();
        r.sheet.validations.push({ range: rangeA1(r.top, r.left, r.bottom, r.right), rule });
      });
    return {
      set rule(rule: unknown) {
        write(rule);
      },
      get rule(): unknown {
        throw new FakeApiError('PropertyNotLoaded', 'rule');
      },
    };
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    this.model.require(6, 'conditionalFormats');
    return new FakeConditionalFormatCollection(this.ctx, this);
  }
}

export class FakeRangeAreas extends Proxy {
  constructor(
    ctx: FakeContext,
    private resolve: () => string | null,
  ) {
    super(ctx);
  }
  protected override isNull(): boolean {
    return this.resolve() === null;
  }
  protected override scalar(prop: string): unknown {
    if (prop === 'address') return this.resolve();
    if (prop === 'areaCount') return this.resolve()!.split(',').length;
    return super.scalar(prop);
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
  get address(): string {
    return this.read('address');
  }
}

export class FakeRangeFormat extends Proxy {
  readonly font: FakeFont;
  readonly fill: FakeFill;
  readonly borders: { getItem: (index: string) => FakeBorder };
  constructor(
    ctx: FakeContext,
    private range: FakeRange,
  ) {
    super(ctx);
    this.font = new FakeFont(ctx, range);
    this.fill = new FakeFill(ctx, (c) => range.forEachCell(c));
    this.borders = { getItem: (index: string) => new FakeBorder(ctx, range, index) };
  }
  set horizontalAlignment(v: string) {
    this.write(() => this.range.forEachCell((c) => (c.hAlign = v)));
  }
  set verticalAlignment(_v: string) {
    this.write(() => undefined);
  }
  set wrapText(v: boolean) {
    this.write(() => this.range.forEachCell((c) => (c.wrap = v)));
  }
  set columnWidth(v: number) {
    this.write(() => {
      const r = this.range.rect();
      for (let c = r.left; c <= r.right; c++) r.sheet.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.write(() => {
      const r = this.range.rect();
      for (let row = r.top; row <= r.bottom; row++) r.sheet.rowHeights.set(row, v);
    });
  }
}

export class FakeFont extends Proxy {
  constructor(
    ctx: FakeContext,
    private range: FakeRange,
  ) {
    super(ctx);
  }
  private set(fn: (f: CellModel['font']) => void): void {
    this.write(() => this.range.forEachCell((c) => fn(c.font)));
  }
  set name(v: string) {
    this.set((f) => (f.name = v));
  }
  set bold(v: boolean) {
    this.set((f) => (f.bold = v));
  }
  set italic(v: boolean) {
    this.set((f) => (f.italic = v));
  }
  set size(v: number) {
    this.set((f) => (f.size = v));
  }
  set color(v: string) {
    this.set((f) => (f.color = v));
  }
}

export class FakeFill extends Proxy {
  constructor(
    ctx: FakeContext,
    private each: ((fn: (c: CellModel) => void) => void) | null,
    private cf?: () => CfModel | null,
  ) {
    super(ctx);
  }
  protected override scalar(prop: string): unknown {
    if (prop === 'color' && this.cf) return this.cf()?.fill ?? null;
    return super.scalar(prop);
  }
  protected override isNull(): boolean {
    return this.cf ? this.cf() === null : false;
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.write(() => {
      if (this.cf) this.cf()!.fill = v;
      else this.each!((c) => (c.fill = v));
    });
  }
}

export class FakeBorder extends Proxy {
  constructor(
    ctx: FakeContext,
    private range: FakeRange,
    private index: string,
  ) {
    super(ctx);
  }
  set style(v: string) {
    this.write(() => {
      const { top, left, bottom, right } = this.range.rect();
      this.range.forEachCell((cell, _i, _j, r, c) => {
        const b = cell.borders;
        switch (this.index) {
          case 'EdgeTop':
            if (r === top) b.top = v;
            break;
          case 'EdgeBottom':
            if (r === bottom) b.bottom = v;
            break;
          case 'EdgeLeft':
            if (c === left) b.left = v;
            break;
          case 'EdgeRight':
            if (c === right) b.right = v;
            break;
          case 'InsideHorizontal':
            if (r > top) b.top = v;
            if (r < bottom) b.bottom = v;
            break;
          case 'InsideVertical':
            if (c > left) b.left = v;
            if (c < right) b.right = v;
            break;
          default:
            throw new FakeApiError('InvalidArgument', `border ${this.index}`);
        }
      });
    });
  }
}

export class FakeConditionalFormatCollection extends CollectionProxy<FakeConditionalFormat> {
  constructor(
    ctx: FakeContext,
    private range: FakeRange,
  ) {
    super(ctx, () => {
      const r = range.rect();
      return r.sheet.conditionalFormats
        .filter((cf) =>
          cf.ranges.some((a) => {
            const p = parseRange(a)!;
            return !(p.right < r.left || p.left > r.right || p.bottom < r.top || p.top > r.bottom);
          }),
        )
        .map((cf) => new FakeConditionalFormat(ctx, () => (r.sheet.conditionalFormats.includes(cf) ? { sheet: r.sheet, cf } : null)));
    });
  }
  add(type: string): FakeConditionalFormat {
    let made: { sheet: SheetModel; cf: CfModel } | null = null;
    this.ctx.enqueue(() => {
      const r = this.range.rect();
      const cf: CfModel = { id: `cf${this.model.cfNext++}`, type, ranges: [rangeA1(r.top, r.left, r.bottom, r.right)], formula: '', fill: null };
      r.sheet.conditionalFormats.push(cf);
      made = { sheet: r.sheet, cf };
    });
    return new FakeConditionalFormat(this.ctx, () => made);
  }
  clearAll(): void {
    this.write(() => {
      const r = this.range.rect();
      r.sheet.conditionalFormats = [];
    });
  }
}

export class FakeConditionalFormat extends Proxy {
  readonly custom: { rule: FakeCfRule; format: { fill: FakeFill } };
  /** Null for any other type than Custom (ExcelApi 1.6). */
  readonly customOrNullObject: CfCustomNav;
  constructor(
    ctx: FakeContext,
    private resolve: () => { sheet: SheetModel; cf: CfModel } | null,
  ) {
    super(ctx);
    const cf = () => this.resolve()?.cf ?? null;
    const rule = new FakeCfRule(ctx, cf);
    const fill = new FakeFill(ctx, null, cf);
    const format = new CfFormatNav(ctx, fill);
    this.custom = new CfCustomNav(ctx, rule, format, () => this.resolve() === null) as any;
    this.customOrNullObject = new CfCustomNav(ctx, rule, format, () => this.resolve()?.cf.type !== 'Custom');
  }
  protected override isNull(): boolean {
    return this.resolve() === null;
  }
  protected override scalar(prop: string): unknown {
    const r = this.resolve()!;
    if (prop === 'type') return r.cf.type;
    if (prop === 'id') return r.cf.id;
    return super.scalar(prop);
  }
  get type(): string {
    return this.read('type');
  }
  get id(): string {
    return this.read('id');
  }
  delete(): void {
    this.write(() => {
      const r = this.resolve()!;
      r.sheet.conditionalFormats = r.sheet.conditionalFormats.filter((x) => x !== r.cf);
    });
  }
}

class CfCustomNav extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly rule: FakeCfRule,
    readonly format: CfFormatNav,
    private nullWhen: () => boolean,
  ) {
    super(ctx);
  }
  protected override isNull(): boolean {
    return this.nullWhen();
  }
}

class CfFormatNav extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly fill: FakeFill,
  ) {
    super(ctx);
  }
}

export class FakeCfRule extends Proxy {
  constructor(
    ctx: FakeContext,
    private cf: () => CfModel | null,
  ) {
    super(ctx);
  }
  protected override isNull(): boolean {
    return this.cf() === null;
  }
  protected override scalar(prop: string): unknown {
    if (prop === 'formula') return this.cf()!.formula;
    return super.scalar(prop);
  }
  get formula(): string {
    return this.read('formula');
  }
  set formula(v: string) {
    this.write(() => (this.cf()!.formula = v));
  }
}

/** Installs the fake as the globals `Excel` and `Office`; returns the model to inspect. */
export function installFakeExcel(options: FakeOptions = {}): FakeWorkbookModel {
  const model = new FakeWorkbookModel(options);
  const g = globalThis as any;
  g.Excel = {
    run: async <T>(cb: (ctx: FakeContext) => Promise<T>): Promise<T> => {
      if (model.idsChangeBetweenRuns) model.dealIdsAgain();
      const ctx = new FakeContext(model);
      const out = await cb(ctx);
      // The host must sync its own work: a queued write left at the end is a bug here.
      if (ctx.queue.length > 0) throw new Error(`Excel.run ended with ${ctx.queue.length} unsynced operations`);
      return out;
    },
  };
  g.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          if (name !== 'ExcelApi') return false;
          const minor = Number((version ?? '1.1').split('.')[1] ?? 0);
          return minor <= model.apiVersion;
        },
      },
    },
  };
  return model;
}

export function uninstallFakeExcel(): void {
  const g = globalThis as any;
  delete g.Excel;
  delete g.Office;
}

/** Column letters of a 0-based index, for tests that build addresses. */
export { columnLetter };
