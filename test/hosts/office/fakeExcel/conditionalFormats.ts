/** Conditional formats: the collection on a range, custom rules and their fill. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { parseRange, rangeA1 } from '../../../../src/core/address';
import type { Bounds, CfModel, SheetModel } from './model';
import type { FakeContext } from './context';
import { CollectionProxy, Proxy } from './proxy';
import { FakeFill } from './format';

/** The conditional formats that touch a range or range areas (`target`: its sheet and rectangles). */
export class FakeConditionalFormatCollection extends CollectionProxy<FakeConditionalFormat> {
  constructor(
    ctx: FakeContext,
    private target: () => { sheet: SheetModel; rects: Bounds[] },
  ) {
    super(ctx, () => {
      const { sheet, rects } = target();
      return sheet.conditionalFormats
        .filter((cf) => cf.ranges.some((a) => rects.some((r) => overlaps(parseRange(a)!, r))))
        .map((cf) => new FakeConditionalFormat(ctx, () => (sheet.conditionalFormats.includes(cf) ? { sheet, cf } : null)));
    });
  }
  /**
   * Excel puts a new conditional format first (highest priority, like Home → Conditional Formatting),
   * so a mark added later is drawn over the clerk's own rules. Refused on a protected sheet.
   */
  add(type: string): FakeConditionalFormat {
    let made: { sheet: SheetModel; cf: CfModel } | null = null;
    this.ctx.enqueue(() => {
      const { sheet, rects } = this.target();
      this.model.checkEditable(sheet);
      const cf: CfModel = {
        id: `cf${this.model.cfNext++}`,
        type,
        ranges: rects.map((r) => rangeA1(r.top, r.left, r.bottom, r.right)),
        formula: '',
        fill: null,
      };
      sheet.conditionalFormats.unshift(cf);
      made = { sheet, cf };
    });
    return new FakeConditionalFormat(this.ctx, () => made);
  }
  clearAll(): void {
    this.write(() => {
      const { sheet } = this.target();
      this.model.checkEditable(sheet);
      sheet.conditionalFormats = [];
    });
  }
}

function overlaps(p: Bounds, r: Bounds): boolean {
  return !(p.right < r.left || p.left > r.right || p.bottom < r.top || p.top > r.bottom);
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
      this.model.checkEditable(r.sheet);
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
