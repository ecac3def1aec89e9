/** duplicate-row and constraint-error: checks of single rows and cells. */
import { checkTables as check } from '../../../src/core/check';
import { bilinguals } from '../../helpers/words';
import type { Issue } from '../../../src/core/issues';
import { cat, d, lvl, readResult, table } from './build';

/** The checks' issues with their words in both languages. */
const checkTables = (...a: Parameters<typeof check>) => bilinguals(check(...a));

const where = (issues: Issue[]) => issues.map((i) => `${i.code} ${i.severity} ${i.sheet}!${i.cell} ${i.field}`);

describe('duplicate-row', () => {
  it('flags the same document number twice in one year, naming the first cell', () => {
    const t = table('documents', { number: 'A', date: 'B' }, [
      ['175/QĐ-UBND', d('28/12/2022')],
      ['05/KH-UBND', d('10/01/2022')],
      ['05/KH-UBND', d('10/01/2023')], // another year: another document
      ['175/QĐ-UBND ', d('28/12/2022')],
    ]);
    const issues = checkTables(readResult([t]));
    expect(where(issues)).toEqual(['duplicate-row warning documents!A6 number']);
    expect(issues[0].message.vi).toBe('Văn bản số 175/QĐ-UBND đã có ở ô A3.');
  });

  it('flags the same person twice (name + position, ignoring case and diacritics typed apart)', () => {
    const t = table('staff', { name: 'A', position: 'B', category: 'C', education: 'D' }, [
      ['Phạm Văn Lương', 'Chủ tịch UBND', cat('canBo', 'Cán bộ'), cat('university', 'Đại học')],
      ['Nguyễn Văn An', 'Công chức Tư pháp', cat('congChuc', 'Công chức'), cat('university', 'Đại học')],
      ['Nguyễn Văn An', 'Công chức Địa chính', cat('congChuc', 'Công chức'), cat('university', 'Đại học')],
      ['PHẠM VĂN LƯƠNG'.normalize('NFD'), 'Chủ tịch UBND', cat('canBo', 'Cán bộ'), cat('university', 'Đại học')],
    ]);
    expect(where(checkTables(readResult([t])))).toEqual(['duplicate-row warning staff!A6 name']);
  });

  it('flags the same TTHC field, dossier code, survey level and education level twice', () => {
    const tthc = table('tthc', { field: 'A', received: 'B' }, [
      ['Hộ tịch', 1],
      ['Đất đai', 2],
      ['hộ tịch', 3],
    ]);
    const dossiers = table('dossiers', { code: 'A', receivedAt: 'B' }, [
      ['H51.1-230101-0001', d('01/01/2023')],
      ['H51.1-230101-0001', d('01/01/2023')],
    ]);
    const survey = table('survey', { level: 'A', share: 'B' }, [
      [cat('high', 'Hài lòng'), 50],
      [cat('high', 'hài lòng'), 50],
    ]);
    const staff = table('staff', { education: 'A', count: 'B' }, [
      [cat('university', 'Đại học'), 5],
      [cat('university', 'Cử nhân'), 3],
    ]);
    expect(where(checkTables(readResult([tthc, dossiers, survey, staff]))).sort()).toEqual([
      'duplicate-row warning dossiers!A4 code',
      'duplicate-row warning staff!A4 education',
      'duplicate-row warning survey!A4 level',
      'duplicate-row warning tthc!A5 field',
    ]);
  });
});

describe('constraint-error', () => {
  it('flags a negative count and a non-integer count', () => {
    const t = table('tthc', { field: 'A', received: 'B', online: 'C', direct: 'D' }, [
      ['Hộ tịch', -3, 0, -3],
      ['Đất đai', 2.5, 1, 1.5],
    ]);
    const issues = checkTables(readResult([t]));
    const constraints = issues.filter((i) => i.code === 'constraint-error');
    expect(where(constraints)).toEqual([
      'constraint-error error tthc!B3 received',
      'constraint-error error tthc!D3 direct',
      'constraint-error error tthc!B4 received',
      'constraint-error error tthc!D4 direct',
    ]);
    expect(constraints[0].message.vi).toBe('Ở dòng «Hộ tịch», tổng số hồ sơ tiếp nhận là số âm (-3).');
    expect(constraints[2].message.vi).toContain('phải là số nguyên');
  });

  it('flags a negative amount', () => {
    const t = table('budget', { content: 'A', actual: 'B' }, [lvl(1, ['Tổng chi', -1_000])]);
    expect(where(checkTables(readResult([t])))).toEqual(['constraint-error error budget!B3 actual']);
  });

  it('flags shares outside 0–100 but lets a budget rate pass 100', () => {
    const survey = table('survey', { level: 'A', share: 'B' }, [
      [cat('veryHigh', 'Rất hài lòng'), 120],
      [cat('high', 'Hài lòng'), -20],
    ]);
    const budget = table('budget', { content: 'A', estimateSuperior: 'B', actual: 'C', statedPct: 'D' }, [lvl(1, ['Tổng thu', 100, 120, 120])]);
    expect(where(checkTables(readResult([survey, budget])))).toEqual(['constraint-error error survey!B3 share', 'constraint-error error survey!B4 share']);
  });

  it('flags an indicator target of 0 or less', () => {
    const t = table('indicators', { name: 'A', target: 'B', actual: 'C' }, [
      ['Hồ sơ xử lý trên môi trường mạng', 0, 80],
      ['Văn bản điện tử', 100, 100],
    ]);
    const issues = checkTables(readResult([t]));
    expect(where(issues)).toEqual(['constraint-error error indicators!B3 target']);
    expect(issues[0].message.vi).toContain('không tính được');
  });
});
