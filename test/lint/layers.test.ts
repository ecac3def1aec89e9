/**
 * The layers are enforced by lint (issue 13 point 5): a file that reaches across a layer fails `eslint`, the
 * same import from a layer allowed to make it passes. The probes are written to a scratch copy of the tree
 * (the project's own eslint.config.mjs beside a src/ of probe files) and linted by one eslint run.
 */
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';

const root = path.resolve(__dirname, '../..');

const BREACHES: [string, string][] = [
  ['src/core/read/a.ts', "import { x } from '../../hosts/file';"],
  ['src/core/b.ts', "import { x } from '../ui/i18n';"],
  ['src/core/c.ts', "import type { x } from '../xlsx/read';"],
  ['src/core/d.ts', "import { x } from 'exceljs';"],
  ['src/core/e.ts', "import { x } from 'fs';"],
  ['src/xlsx/read/f.ts', "import { x } from '../../hosts/file';"],
  ['src/xlsx/g.ts', "import { x } from '../cli/run';"],
  ['src/hosts/file/h.ts', "import { x } from '../../ui/i18n';"],
  ['src/hosts/office/i.ts', "import { x } from '../../taskpane/App';"],
  ['src/ui/j.ts', "import { x } from '../hosts/office';"],
  ['src/ui/components/k.ts', "import { x } from '../../hosts/file/index';"],
  ['src/ui/l.ts', "import { x } from '../web/client';"],
];

const ALLOWED: [string, string][] = [
  ['src/core/read/m.ts', "import { x } from '../issues';"],
  ['src/core/n.ts', "import { x } from 'docx';"],
  ['src/xlsx/read/o.ts', "import { x } from '../../core/snapshot';"],
  ['src/hosts/file/p.ts', "import { x } from '../../xlsx/read';"],
  ['src/ui/q.ts', "import { x } from '../hosts/host';"],
  ['src/web/r.ts', "import { x } from '../hosts/file';"],
  ['src/taskpane/s.ts', "import { x } from '../hosts/office';"],
];

let found: Map<string, string[]>;

beforeAll(() => {
  const dir = path.join(root, 'test-artifacts');
  fs.mkdirSync(dir, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(dir, 'lint-layers-'));
  try {
    fs.copyFileSync(path.join(root, 'eslint.config.mjs'), path.join(scratch, 'eslint.config.mjs'));
    for (const [file, code] of [...BREACHES, ...ALLOWED]) {
      fs.mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
      fs.writeFileSync(path.join(scratch, file), `${code}\nexport const used = x;\n`);
    }
    let out: string;
    try {
      out = execFileSync(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', 'src'], {
        cwd: scratch,
        encoding: 'utf8',
      });
    } catch (e) {
      // eslint exits 1 when it finds errors: its report is still on stdout.
      out = (e as { stdout: string }).stdout;
    }
    const results = JSON.parse(out) as { filePath: string; messages: { ruleId: string | null; message: string }[] }[];
    found = new Map(
      results.map((r) => [path.relative(scratch, r.filePath), r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)]),
    );
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}, 120_000);

describe('layers', () => {
  it.each(BREACHES)('%s may not say %s', (file) => {
    expect(found.get(file)).toHaveLength(1);
  });

  it.each(ALLOWED)('%s may say %s', (file) => {
    expect(found.get(file)).toEqual([]);
  });
});
