/**
 * Loading the check builds no regular expression with a Unicode property class (\p{…}) through the
 * constructor: each costs about a millisecond to build when its module loads (the document-number forms,
 * the citation, the time of day), and a workbook without a register of documents, a narrative or dates
 * written as text never needs them. They are built on first use, and read as before.
 */
import { parseDocNumber, parseDocNumberLoose } from '../../src/core/check/docNumber';

/** The \p{…} patterns built by `new RegExp` while `load` runs (the real RegExp builds them). */
function propertyPatternsBuiltBy(load: () => void): string[] {
  const built: string[] = [];
  const Real = RegExp;
  globalThis.RegExp = new Proxy(Real, {
    construct(target, args: [string | RegExp, string?]) {
      if (String(args[0]).includes('\\p{')) built.push(String(args[0]));
      return Reflect.construct(target, args) as object;
    },
  });
  try {
    load();
  } finally {
    globalThis.RegExp = Real;
  }
  return built;
}

describe('patterns with Unicode property classes', () => {
  it('are not built when the check and the command line load', () => {
    const built = propertyPatternsBuiltBy(() =>
      jest.isolateModules(() => {
        // A fresh load of every module of the check and of the command line (isolateModules needs require).
        /* eslint-disable @typescript-eslint/no-require-imports */
        require('../../src/core/analyze');
        require('../../src/cli/run');
        /* eslint-enable @typescript-eslint/no-require-imports */
      }),
    );
    expect(built).toEqual([]);
  });

  it('are built on first use, and read document numbers as before', () => {
    let parsed: unknown[] = [];
    const built = propertyPatternsBuiltBy(() =>
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const d = require('../../src/core/check/docNumber') as typeof import('../../src/core/check/docNumber');
        parsed = ['175/QĐ-UBND', '35/2022/NQ-HĐND', '23-CTr/HU', '08 /kh-ubnd xã'].map((t) => d.parseDocNumberLoose(t));
      }),
    );
    expect(built.length).toBeGreaterThanOrEqual(2);
    expect(parsed).toEqual([
      { number: 175, symbol: 'QĐ-UBND', type: 'Quyết định' },
      { number: 35, year: 2022, symbol: 'NQ-HĐND', type: 'Nghị quyết' },
      { number: 23, symbol: 'CTr/HU', type: 'Chương trình' },
      { number: 8, symbol: 'KH-UBND', type: 'Kế hoạch' },
    ]);
    // The same answers from the module loaded the ordinary way.
    expect(parseDocNumber('175/QĐ-UBND')).toEqual(parsed[0]);
    expect(parseDocNumberLoose('08 /kh-ubnd xã')).toEqual(parsed[3]);
  });
});
