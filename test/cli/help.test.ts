/**
 * `help` and `--help` are answered by the built command line before the program loads (src/cli/main.ts's printHelp,
 * for a quicker start): the same usage text, in either language, status 0, as run.ts's `cli` gives; a bad argument
 * beside `--help` is still left to `cli`.
 */
import { m } from '../../src/cli/cliText';
import { runCli } from './runCli';

jest.setTimeout(120000);

describe('help of the built command line', () => {
  it.each([
    [['--help'], 'vi'],
    [['help'], 'vi'],
    [['-h', '--lang', 'en'], 'en'],
    [['help', 'report', '--lang=en'], 'en'],
    [['validate', 'x.xlsx', '--help'], 'vi'],
  ] as const)('%j prints the usage', async (args, lang) => {
    const r = await runCli([...args]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${m.usage(lang)}\n`);
    expect(r.stderr).toBe('');
  });

  it('a bad option beside --help is still an error of the arguments', async () => {
    const r = await runCli(['--help', '--nope']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
