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
import { columnLetter } from '../../../../src/core/address';
import { FakeWorkbookModel, type FakeOptions } from './model';
import { FakeContext } from './context';

export * from './model';
export * from './context';
export * from './proxy';
export * from './workbook';
export * from './names';
export * from './range';
export * from './format';
export * from './conditionalFormats';

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
