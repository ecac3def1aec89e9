/** A range's format: font, fill, borders, alignment, widths and heights. */
import { FakeApiError, type CellModel, type CfModel } from './model';
import type { FakeContext } from './context';
import { Proxy } from './proxy';
import type { FakeRange } from './range';

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
      this.model.checkEditable(r.sheet);
      for (let c = r.left; c <= r.right; c++) r.sheet.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.write(() => {
      const r = this.range.rect();
      this.model.checkEditable(r.sheet);
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
