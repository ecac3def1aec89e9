/** Reads a workbook of ../shared/cases or ../shared/realworld through the file host and the whole pipeline. */
import * as fs from 'fs';
import * as path from 'path';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { analyze, type Analysis } from '../../src/core/analyze';

const ROOT = path.resolve(__dirname, '../../../shared');

export async function analyzeShared(folder: 'cases' | 'realworld', name: string): Promise<Analysis> {
  const bytes = new Uint8Array(fs.readFileSync(path.join(ROOT, folder, name)));
  return analyze(await readSnapshotFromXlsx(bytes));
}

export const errorsOf = (a: Analysis) => a.issues.filter((i) => i.severity === 'error' && i.code !== 'missing-table');
