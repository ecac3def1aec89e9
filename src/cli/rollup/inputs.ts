/**
 * The workbooks a roll-up reads: every file named, and in every folder named the workbooks it holds
 * (its own in name order, then its sub-folders'). Excel's lock files (`~$…`) and hidden files are left out of folders;
 * a file named outright is always taken, and refused with its reason when it cannot be used.
 */
import * as fs from 'fs';
import * as path from 'path';
import { compareFileNames } from '../../core/rollup/order';

/** What a folder's file must end with to be taken: Excel workbooks and the old formats a one-stop system exports. */
const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

export function expandInputs(named: string[], skip: (file: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = path.resolve(f);
    if (seen.has(key) || skip(f)) return;
    seen.add(key);
    out.push(f);
  };
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return add(dir); // unreadable: refused with its reason
    }
    entries.sort((a, b) => compareFileNames(a.name, b.name));
    const shown = entries.filter((e) => !e.name.startsWith('.') && !e.name.startsWith('~$'));
    // A folder's own workbooks first, then its sub-folders'.
    for (const e of shown) if (!e.isDirectory() && WORKBOOK.test(e.name)) add(path.join(dir, e.name));
    for (const e of shown) if (e.isDirectory()) walk(path.join(dir, e.name));
  };
  for (const n of named) {
    if (fs.statSync(n, { throwIfNoEntry: false })?.isDirectory()) walk(n);
    else add(n);
  }
  return out;
}
