/** Conditional formats: the collection on a range, custom rules and their fill. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { parseRange, rangeA1 } from '../../../../src/core/address';
import type { CfModel, SheetModel } from './model';
import type { FakeContext } from './context';
import { CollectionProxy, Proxy } from './proxy';
import { FakeFill } from './format';
import type { FakeRange } from './range';

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
