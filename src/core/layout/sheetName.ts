/** The report sheet's name: 'Báo cáo', the add-in's own sheet to replace, or 'Báo cáo (2)', '(3)'... beside a user's sheet. */
import { REPORT_SHEET_BASE_NAME } from './types';

export interface ExistingSheet {
  name: string;
  madeByAddin: boolean;
}

/** Excel compares sheet names without case. */
const same = (a: string, b: string) => a.normalize('NFC').toLocaleLowerCase('vi') === b.normalize('NFC').toLocaleLowerCase('vi');

/** A plain name is a sheet the add-in did not make (the file host passes names after removing its own sheet). */
export function reportSheetName(existing: readonly (ExistingSheet | string)[]): string {
  const sheets = existing.map((s) => (typeof s === 'string' ? { name: s, madeByAddin: false } : s));
  const ours = sheets.find((s) => s.madeByAddin);
  if (ours) return ours.name;
  const taken = (name: string) => sheets.some((s) => same(s.name, name));
  if (!taken(REPORT_SHEET_BASE_NAME)) return REPORT_SHEET_BASE_NAME;
  for (let n = 2; ; n++) {
    const name = `${REPORT_SHEET_BASE_NAME} (${n})`;
    if (!taken(name)) return name;
  }
}
