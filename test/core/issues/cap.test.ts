/** The issue list's size (issue 16 §3): kept per code and column, with a count of the rest that the counts include. */
import { capIssues, countBySeverity, KEPT_PER_COLUMN, moreInColumn, type Issue } from '../../../src/core/issues';
import { SheetBuilder } from '../../../src/core/layout/builder';

const draft = (cell: string, field: string, code: Issue['code'] = 'type-error'): Issue => ({
  code,
  severity: 'error',
  sheet: 'Hồ sơ',
  cell,
  table: 'dossiers',
  field,
  sentence: 'not-a-number',
  params: { where: cell, text: 'x' },
});

describe('capIssues', () => {
  const many: Issue[] = [];
  for (let r = 2; r < 6002; r++) many.push(draft(`E${r}`, 'receivedAt'), draft(`F${r}`, 'dueAt'));
  many.push(draft('A1', '', 'missing-label'));
  const kept = capIssues(many);

  it('keeps the first issues of each code and column, in order, and counts the rest on the last one kept', () => {
    expect(kept).toHaveLength(2 * KEPT_PER_COLUMN + 1);
    const e = kept.filter((i) => i.field === 'receivedAt');
    expect(e.map((i) => i.cell).slice(0, 3)).toEqual(['E2', 'E3', 'E4']);
    expect(e[e.length - 1].more).toBe(6000 - KEPT_PER_COLUMN);
    expect(e.slice(0, -1).every((i) => i.more === undefined)).toBe(true);
    expect(kept[kept.length - 1]).toMatchObject({ code: 'missing-label', cell: 'A1' });
    expect(kept[kept.length - 1].more).toBeUndefined();
  });

  it('counts every issue found, those left out included', () => {
    expect(countBySeverity(kept)).toEqual({ error: 12001, warning: 0, info: 0 });
  });

  it('says the count in both languages', () => {
    expect(moreInColumn(5980, 'vi')).toBe('… và 5.980 ô khác có cùng lỗi này trong cột.');
    expect(moreInColumn(5980, 'en')).toBe('… and 5,980 more cells with the same problem in this column.');
  });

  it('a short list is unchanged', () => {
    const few = [draft('E2', 'receivedAt'), draft('E3', 'receivedAt')];
    expect(capIssues(few)).toEqual(few);
  });
});

describe('a sheet layout of 150 000 issues', () => {
  it('has its widths computed without exhausting the stack (no argument spread over its cells)', () => {
    const b = new SheetBuilder();
    for (let r = 0; r < 150000; r++) {
      b.put(0, 'Ô sai');
      b.put(3, `A${r + 1}`);
      b.next();
    }
    expect(b.widths()).toEqual([7, 6, 6, 9]);
  });
});
