/** The checks of docs/reporting-schema.md §3 that look at values across cells, rows and tables. */
import { issueMessage, type Issue } from '../issues';
import type { ReadResult } from '../read';
import { checkConstraints } from './constraints';
import { checkSums } from './sums';
import { checkBalance } from './balance';
import { checkPercents } from './percents';
import { checkDates, checkReportDate } from './dates';
import { checkDossierDates } from './dossierDates';
import { checkPersonDates } from './personDates';
import { checkDocuments, checkReformTopics, inEntries, tableEntries } from './documents';
import { checkCitationDates, extractCitations } from './citations';
import { checkDuplicates } from './duplicates';
import { checkBudgetSize } from './budgetSize';
import { checkPlaceName } from './placeName';

export { extractCitations, type Citation } from './citations';
export { parseDocNumber, parseDocNumberLoose, suggestDocNumber, type DocNumber } from './docNumber';

/**
 * Runs every cross-cell check on what the reader produced. Values the reader could not read are
 * null and skipped here (the reader has already said so). Sums run before percentages: a cell
 * named in a unit slip is taken corrected by the percent checks, so one slip is one issue.
 */
export function checkTables(read: ReadResult): Issue[] {
  const sums = checkSums(read);
  // Documents cited in the narrative are checked with the documents table's rows.
  const citations = extractCitations(read);
  const all = [
    ...checkConstraints(read, sums.corrections),
    ...sums.issues,
    ...checkBalance(read),
    ...checkPercents(read, sums.corrections),
    ...checkDates(read),
    ...checkReportDate(read),
    ...checkPlaceName(read),
    ...checkDossierDates(read),
    ...checkPersonDates(read),
    ...checkCitationDates(read, citations, inEntries(tableEntries(read))),
    ...checkDocuments(read, citations),
    ...checkReformTopics(read),
    ...checkDuplicates(read),
    ...checkBudgetSize(read, sums.corrections),
  ];
  // Two sums may meet the same unit slip (a line against its sub-lines, and a total row against its lines).
  const seen = new Set<string>();
  return all.filter((d) => {
    const key = d.code === 'unit-mismatch' ? `${d.code}|${d.sheet}|${d.cell}` : `${d.code}|${d.sheet}|${d.cell}|${issueMessage(d, 'vi')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
