/** docs/reporting-schema.md is kept current: every table and field key of the schema, every figure key (issue 13 point 4). */
import * as fs from 'fs';
import * as path from 'path';
import { SCHEMA, TABLE_NAMES } from '../../../src/core/schema';
import { analyze } from '../../../src/core/analyze';
import { FileHost } from '../../../src/hosts/file';

const doc = fs.readFileSync(path.resolve(__dirname, '../../../docs/reporting-schema.md'), 'utf8');
const section = (n: number) => doc.slice(doc.indexOf(`## ${n}.`), doc.indexOf(`## ${n + 1}.`));

describe('docs/reporting-schema.md', () => {
  const tables = section(2);

  it.each(TABLE_NAMES)('§2 names the table %s and every field key of it, in its own row', (name) => {
    const row = tables.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
    expect(row).toBeDefined();
    const missing = SCHEMA[name].fields.map((f) => f.key).filter((k) => !row!.includes(`\`${k}\``));
    expect(missing).toEqual([]);
  });

  it('§4 names every key of the figures the example gives', async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.resolve(__dirname, '../../../examples/ba-bich-2023.xlsx')));
    const figures = analyze(await (await FileHost.open(bytes)).readSnapshot()).figures;
    const keys = new Set<string>();
    const walk = (v: unknown, parent: string) => {
      if (Array.isArray(v)) v.forEach((x) => walk(x, parent));
      else if (v && typeof v === 'object' && parent !== 'byType')
        for (const [k, x] of Object.entries(v)) {
          keys.add(k);
          walk(x, k);
        }
    };
    walk(figures, '');
    expect(keys.size).toBeGreaterThan(30);
    const figuresText = section(4);
    expect([...keys].filter((k) => !new RegExp(`\\b${k}\\b`).test(figuresText))).toEqual([]);
  });
});
