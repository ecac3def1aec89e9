/** Workbook-scoped named items and the workbook's settings. */
import { FakeApiError, parseAddress, quoteIfNeeded, type NameModel, type Rect } from './model';
import { rangeA1 } from '../../../../src/core/address';
import type { FakeContext } from './context';
import { CollectionProxy, Proxy } from './proxy';
import { FakeRange } from './range';

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
