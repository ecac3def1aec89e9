/** Ranges and range areas: values, formats, merges, selection, special cells and cell properties. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { parseRange, rangeA1 } from '../../../../src/core/address';
import { FakeApiError, quoteIfNeeded, type Bounds, type CellModel, type Rect, type SheetModel } from './model';
import type { FakeContext } from './context';
import { FakeClientResult, Proxy } from './proxy';
import { FakeWorksheet } from './workbook';
import { FakeRangeFormat } from './format';
import { FakeConditionalFormatCollection } from './conditionalFormats';

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
  /** Every cell of the range, to change it (refused on a protected sheet). */
  forEachCell(fn: (cell: CellModel, i: number, j: number, r: number, c: number) => void): void {
    const { sheet, top, left, bottom, right } = this.rect();
    this.model.checkEditable(sheet);
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
          c.error !== undefined
            ? 'Error'
            : c.value === null
              ? 'Empty'
              : typeof c.value === 'number'
                ? 'Double'
                : typeof c.value === 'boolean'
                  ? 'Boolean'
                  : 'String',
        );
      case 'formulas':
        return this.grid((c) => c.formula ?? c.value ?? '');
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
  /** ExcelApi 1.4: the part of this range that is used (valuesOnly: that holds values); a null object when none is. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.model.require(4, 'Range.getUsedRangeOrNullObject');
    return new FakeRange(this.ctx, () => {
      const r = this.resolve();
      return r ? this.model.usedRect(r.sheet, !!valuesOnly, r) : null;
    });
  }
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, () => {
      const a = this.resolve();
      const b = other.resolve();
      if (!a || !b || a.sheet !== b.sheet) return null;
      const r = {
        sheet: a.sheet,
        top: Math.max(a.top, b.top),
        left: Math.max(a.left, b.left),
        bottom: Math.min(a.bottom, b.bottom),
        right: Math.min(a.right, b.right),
      };
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
      this.model.checkEditable(r.sheet);
      if (across) throw new FakeApiError('NotImplemented', 'merge across not modelled');
      for (const m of r.sheet.merges) {
        const p = parseRange(m)!;
        if (!(p.right < r.left || p.left > r.right || p.bottom < r.top || p.top > r.bottom)) throw new FakeApiError('InvalidOperation', `merge overlaps ${m}`);
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
    return new FakeConditionalFormatCollection(this.ctx, () => {
      const r = this.rect();
      return { sheet: r.sheet, rects: [r] };
    });
  }
}

export class FakeRangeAreas extends Proxy {
  /** `areas`: the sheet and rectangles, for RangeAreas made by worksheet.getRanges (their conditional formats). */
  constructor(
    ctx: FakeContext,
    private resolve: () => string | null,
    private areas?: () => { sheet: SheetModel; rects: Bounds[] },
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
  /** ExcelApi 1.9: one conditional format over every area. */
  get conditionalFormats(): FakeConditionalFormatCollection {
    this.model.require(9, 'RangeAreas.conditionalFormats');
    const areas = this.areas;
    if (!areas) throw new FakeApiError('NotImplemented', 'conditional formats of these areas are not modelled');
    return new FakeConditionalFormatCollection(this.ctx, areas);
  }
}
