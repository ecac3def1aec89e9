/** Application, workbook, the worksheet collection, worksheets and their page layout and custom properties. */
import { rangeA1 } from '../../../../src/core/address';
import { FakeApiError, MAX_COLS, MAX_ROWS, parseAddress, quoteIfNeeded, type CommentModel, type SheetModel } from './model';
import type { FakeContext } from './context';
import { CollectionProxy, Proxy } from './proxy';
import { FakeRange, FakeRangeAreas } from './range';
import { FakeNamedItemCollection, FakeSettingCollection } from './names';

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
  /** ExcelApi 1.10: every comment of the workbook. */
  get comments(): FakeCommentCollection {
    this.model.require(10, 'workbook.comments');
    return new FakeCommentCollection(this.ctx, () => this.model.sheets.flatMap((sheet) => sheet.comments.map((c) => new FakeComment(this.ctx, sheet, c))));
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
  /** ExcelApi 1.9: several areas of this sheet ("A1:B2, D4" or "A1:B2,D4"), as one RangeAreas. */
  getRanges(address: string): FakeRangeAreas {
    this.model.require(9, 'worksheet.getRanges');
    const areas = () => {
      const s = this.sheet();
      return { sheet: s, rects: address.split(',').map((a) => parseAddress(a)) };
    };
    return new FakeRangeAreas(
      this.ctx,
      () => {
        const { sheet, rects } = areas();
        return rects.map((r) => `${quoteIfNeeded(sheet.name)}!${rangeA1(r.top, r.left, r.bottom, r.right)}`).join(',');
      },
      areas,
    );
  }
  /** ExcelApi 1.2: worksheet.protection (only `protected` is modelled); one proxy per worksheet proxy, so load paths reach it. */
  get protection(): FakeWorksheetProtection {
    this.model.require(2, 'worksheet.protection');
    this.protectionProxy ??= new FakeWorksheetProtection(this.ctx, () => this.sheet());
    return this.protectionProxy;
  }
  private protectionProxy?: FakeWorksheetProtection;
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
  /** ExcelApi 1.9: a manual break above the range's first row, kept as 0-based rows in pageLayout.rowBreaks. */
  get horizontalPageBreaks(): { add: (range: FakeRange) => void } {
    this.model.require(9, 'horizontalPageBreaks');
    return {
      add: (range: FakeRange) =>
        this.write(() => {
          const layout = this.sheet().pageLayout;
          layout.rowBreaks = [...(layout.rowBreaks ?? []), range.rect().top];
        }),
    };
  }
}

export class FakeWorksheetProtection extends Proxy {
  constructor(
    ctx: FakeContext,
    private sheetOf: () => SheetModel,
  ) {
    super(ctx);
  }
  protected override scalar(prop: string): unknown {
    if (prop === 'protected') return this.sheetOf().protected;
    return super.scalar(prop);
  }
  get protected(): boolean {
    return this.read('protected');
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
  /** ExcelApi 1.9: the state and the default pages' header sections, kept under pageLayout.headersFooters. */
  get headersFooters(): { state: string; defaultForAllPages: Record<string, string> } {
    const hf = () => (this.sheetOf().pageLayout.headersFooters ??= { defaultForAllPages: {} });
    const set = (k: string, v: string) => this.write(() => (hf().defaultForAllPages[k] = v));
    const write = (fn: () => void) => this.write(fn);
    return {
      set state(v: string) {
        write(() => (hf().state = v));
      },
      get state(): string {
        return hf().state;
      },
      defaultForAllPages: {
        set centerHeader(v: string) {
          set('centerHeader', v);
        },
        set rightHeader(v: string) {
          set('rightHeader', v);
        },
      } as Record<string, string>,
    };
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

export class FakeCommentCollection extends CollectionProxy<FakeComment> {}

/** A comment (ExcelApi 1.10): `content` and `replies` after load + sync; `getLocation()` its cell as a range. */
export class FakeComment extends Proxy {
  readonly replies: CollectionProxy<FakeCommentReply>;
  constructor(
    ctx: FakeContext,
    private sheet: SheetModel,
    private c: CommentModel,
  ) {
    super(ctx);
    this.replies = new CollectionProxy(ctx, () => c.replies.map((text) => new FakeCommentReply(ctx, text)));
  }
  protected override scalar(prop: string): unknown {
    if (prop === 'content') return this.c.content;
    return super.scalar(prop);
  }
  get content(): string {
    return this.read('content');
  }
  getLocation(): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.sheet, ...parseAddress(this.c.cell) }));
  }
}

export class FakeCommentReply extends Proxy {
  constructor(
    ctx: FakeContext,
    private text: string,
  ) {
    super(ctx);
  }
  protected override scalar(prop: string): unknown {
    if (prop === 'content') return this.text;
    return super.scalar(prop);
  }
  get content(): string {
    return this.read('content');
  }
}
