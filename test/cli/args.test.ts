import { parseArgs, ArgError, langOf } from '../../src/cli/args';
import { m } from '../../src/cli/cliText';

const fails = (argv: string[]) => {
  try {
    parseArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(ArgError);
    return (e as ArgError).text;
  }
  throw new Error('expected an ArgError');
};

describe('parseArgs', () => {
  it('reads each command with its options', () => {
    expect(parseArgs(['validate', 'a.xlsx', '--json'])).toMatchObject({ command: 'validate', file: 'a.xlsx', json: true, lang: 'vi' });
    expect(parseArgs(['report', 'a.xlsx', '--out', 'dir', '--force', '--lang', 'en', '--exact-time'])).toMatchObject({
      command: 'report',
      file: 'a.xlsx',
      out: 'dir',
      force: true,
      lang: 'en',
      exactTime: true,
    });
    expect(parseArgs(['template', '--out=x.xlsx'])).toMatchObject({ command: 'template', out: 'x.xlsx' });
    expect(parseArgs(['--help']).command).toBe('help');
    expect(parseArgs(['report', 'a.xlsx', '-h']).command).toBe('help');
  });

  it('refuses what it does not understand, in the language asked for', () => {
    expect(fails([]).vi).toMatch(/Thiếu lệnh/);
    expect(fails(['frobnicate']).en).toMatch(/Unknown command/);
    expect(fails(['validate']).vi).toMatch(/cần tên tệp/);
    expect(fails(['validate', 'a.xlsx', '--bogus']).vi).toMatch(/Không có tùy chọn --bogus/);
    expect(fails(['report', 'a.xlsx', '--out']).vi).toMatch(/cần một giá trị/);
    expect(fails(['validate', 'a.xlsx', 'b.xlsx']).en).toMatch(/One file at a time/);
    expect(fails(['validate', 'a.xlsx', '--force']).en).toMatch(/writes nothing/);
    expect(fails(['template', 'a.xlsx']).en).toMatch(/no input file/);
    expect(fails(['validate', 'a.xlsx', '--lang', 'fr']).vi).toMatch(/vi hoặc en/);
    expect(langOf(['x', '--lang', 'en'])).toBe('en');
    expect(langOf(['x', '--lang=en'])).toBe('en');
    expect(langOf(['x'])).toBe('vi');
  });
});

describe('the command line says a count with its noun (tester 6 item 18)', () => {
  it('«1 error», «3 errors» in English; «1 lỗi» in Vietnamese', () => {
    expect(m.hasErrors('en', 1)).toBe('1 error must be fixed before the report is made.');
    expect(m.hasErrors('en', 3)).toContain('3 errors must be fixed');
    expect(m.hasErrors('vi', 1)).toContain('Có 1 lỗi');
  });
});
