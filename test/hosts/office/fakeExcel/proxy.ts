/** Base of every proxy (load/sync rule, null objects, queued writes), collections, and client results. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { FakeApiError, type FakeWorkbookModel } from './model';
import type { FakeContext } from './context';

/** Base of every proxy: loaded scalars, and a throw when one is read before load + sync. */
export class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(protected ctx: FakeContext) {}

  protected get model(): FakeWorkbookModel {
    return this.ctx.model;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new FakeApiError('PropertyNotLoaded', `The property '${prop}' is not available. Call load() and sync() first.`);
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
export class CollectionProxy<T extends Proxy> extends Proxy {
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
