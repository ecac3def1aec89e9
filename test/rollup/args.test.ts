/** `rollup` on the command line: many files and folders, --out naming a file. */
import { ArgError, parseArgs } from '../../src/cli/args';
import { summaryPath } from '../../src/cli/rollup/run';
import { USAGE } from '../../src/cli/cliText';

describe('rollup arguments', () => {
  it('takes every file and folder named', () => {
    expect(parseArgs(['rollup', 'a.xlsx', 'xa/', '--out', 't.xlsx', '--json', '--lang', 'en'])).toMatchObject({
      command: 'rollup',
      files: ['a.xlsx', 'xa/'],
      out: 't.xlsx',
      json: true,
      lang: 'en',
    });
    expect(summaryPath('out/tong-hop-cchc.xlsx')).toBe('out/tong-hop-cchc.docx');
  });

  it('is in the usage text, in both languages', () => {
    expect(USAGE.vi).toMatch(/npm run cli -- rollup <tệp hoặc thư mục>\.\.\./);
    expect(USAGE.en).toMatch(/npm run cli -- rollup <file or folder>\.\.\./);
  });

  it('needs at least one input', () => {
    expect(() => parseArgs(['rollup'])).toThrow(ArgError);
  });
});
