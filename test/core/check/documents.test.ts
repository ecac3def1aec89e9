import { checkTables as check } from '../../../src/core/check';
import { bilinguals } from '../../helpers/words';
import { parseDocNumber, parseDocNumberLoose, suggestDocNumber } from '../../../src/core/check/docNumber';
import type { Issue } from '../../../src/core/issues';
import { d, joined, readResult, table } from './build';

/** The checks' issues with their words in both languages. */
const checkTables = (...a: Parameters<typeof check>) => bilinguals(check(...a));

const where = (issues: Issue[]) => issues.map((i) => `${i.code} ${i.severity} ${i.sheet}!${i.cell} ${i.field}`);
const docs = (rows: [string, number | null][], sheet = 'Văn bản') => table('documents', { number: 'A', date: 'B' }, rows, { sheet });

describe('parseDocNumber', () => {
  it.each([
    ['175/QĐ-UBND', 175, 'QĐ-UBND', 'Quyết định'],
    ['66/UBND', 66, 'UBND', 'Công văn'],
    ['07/TB-UBND', 7, 'TB-UBND', 'Thông báo'],
    ['05/BC-UBND', 5, 'BC-UBND', 'Báo cáo'],
    ['10/KH-UBND', 10, 'KH-UBND', 'Kế hoạch'],
    ['03/CT-UBND', 3, 'CT-UBND', 'Chỉ thị'],
    ['12/TTr-UBND', 12, 'TTr-UBND', 'Tờ trình'],
    ['766/QĐ-TTg', 766, 'QĐ-TTg', 'Quyết định'],
    ['85/TCKH', 85, 'TCKH', 'Công văn'],
    // Not Nghị định 30's form, yet what clerks write for a letter (tester 7 item 25).
    ['49/CV-UBND', 49, 'CV-UBND', 'Công văn'],
    ['35/2022/NQ-HĐND', 35, 'NQ-HĐND', 'Nghị quyết'],
    ['23-CTr/HU', 23, 'CTr/HU', 'Chương trình'],
    ['  175/QĐ-UBND ', 175, 'QĐ-UBND', 'Quyết định'],
  ])('reads %s', (text, number, symbol, type) => {
    expect(parseDocNumber(text)).toMatchObject({ number, symbol, type });
  });

  it('reads decomposed (NFD) text', () => {
    expect(parseDocNumber('175/QĐ-UBND'.normalize('NFD'))).toMatchObject({ symbol: 'QĐ-UBND' });
  });

  it.each(['08/KH-UBND xã', '08 /KH-UBND', '08/ KH-UBND', 'Số 08/KH-UBND', '08/kh-ubnd', '08/KH-UBNDxa', 'KH-UBND', '/BC-UBND', ''])('rejects %j', (text) =>
    expect(parseDocNumber(text)).toBeNull(),
  );

  it('reads what a malformed number most likely meant, and suggests its right form', () => {
    expect(parseDocNumberLoose('08/KH-UBND xã')).toMatchObject({ number: 8, symbol: 'KH-UBND', type: 'Kế hoạch' });
    expect(parseDocNumberLoose('08 / KH - UBND')).toMatchObject({ number: 8, symbol: 'KH-UBND' });
    expect(suggestDocNumber('8/kh-ubnd')).toBe('08/KH-UBND');
    expect(suggestDocNumber('Số: 66/UBND')).toBe('66/UBND');
    expect(suggestDocNumber('không rõ')).toBeNull();
  });
});

describe('doc-number-format', () => {
  it('warns on the number cell and suggests the right form', () => {
    const issues = checkTables(
      readResult([
        docs([
          ['175/QĐ-UBND', d('28/12/2022')],
          ['08/KH-UBND xã', d('30/01/2023')],
        ]),
      ]),
    );
    expect(where(issues)).toEqual(['doc-number-format warning Văn bản!A4 number']);
    expect(issues[0].message.vi).toContain('«08/KH-UBND xã»');
    expect(issues[0].hint?.vi).toBe('Ghi là 08/KH-UBND.');
  });

  it('accepts a party document’s form (23-CTr/HU)', () => {
    expect(checkTables(readResult([docs([['23-CTr/HU', d('08/7/2022')]])]))).toEqual([]);
  });
});

describe('number-order', () => {
  it('warns on the higher number dated earlier, naming the lower one (seed: KH 38 before KH 36)', () => {
    const issues = checkTables(
      readResult([
        docs([
          ['36/KH-UBND', d('28/3/2023')],
          ['38/KH-UBND', d('23/02/2023')],
          ['37/QĐ-UBND', d('29/3/2023')],
          ['13/KH-UBND', d('13/02/2023')],
        ]),
      ]),
    );
    expect(where(issues)).toEqual(['number-order warning Văn bản!A4 number']);
    expect(issues[0].message.vi).toBe('Văn bản số 38/KH-UBND có ngày 23/02/2023, sớm hơn văn bản số 36/KH-UBND (ngày 28/03/2023) dù mang số lớn hơn.');
  });

  it('lets numbers restart with the year, and allows the same day', () => {
    const issues = checkTables(
      readResult([
        docs([
          ['175/QĐ-UBND', d('28/12/2022')],
          ['15/QĐ-UBND', d('01/02/2023')],
          ['20/QĐ-UBND', d('17/02/2023')],
          ['21/QĐ-UBND', d('17/02/2023')],
        ]),
      ]),
    );
    expect(issues).toEqual([]);
  });

  it('orders a malformed number as the clerk meant it', () => {
    const issues = checkTables(
      readResult([
        docs([
          ['08/KH-UBND xã', d('30/03/2023')],
          ['10/KH-UBND', d('03/02/2023')],
        ]),
      ]),
    );
    expect(where(issues)).toEqual(['doc-number-format warning Văn bản!A3 number', 'number-order warning Văn bản!A4 number']);
  });
});

describe('date-after-report and date-out-of-period', () => {
  const info = { reportDate: d('05/4/2023'), periodStart: d('08/7/2022'), periodEnd: d('31/3/2023') };

  it('flags a document dated after the report (error) and one outside the period (warning)', () => {
    const issues = checkTables(
      readResult(
        [
          docs([
            ['27/BC-UBND', d('14/7/2023')],
            ['01/QĐ-UBND', d('03/01/2022')],
            ['02/QĐ-UBND', d('04/4/2023') + 0.5],
            ['03/QĐ-UBND', d('05/4/2023') + 0.75],
          ]),
        ],
        info,
      ),
    );
    expect(where(issues)).toEqual([
      'date-after-report error Văn bản!B3 date',
      'date-out-of-period warning Văn bản!B4 date',
      'date-out-of-period warning Văn bản!B5 date',
      'date-out-of-period warning Văn bản!B6 date',
    ]);
    expect(issues[0].message.vi).toBe(
      'Văn bản số 27/BC-UBND có ngày 14/07/2023, sau ngày báo cáo 05/04/2023 và ngoài kỳ báo cáo, nên không được tính vào số văn bản ban hành trong kỳ.',
    );
    expect(issues[1].message.vi).toContain('ngoài kỳ báo cáo (từ 08/07/2022 đến 31/03/2023)');
  });

  it('names a document whose cell also holds its date by its number only (tester 6 item 29)', () => {
    const issues = checkTables(
      readResult(
        [
          docs([
            ['15/UBND ngày 20/12/2021', d('20/12/2021')],
            ['01/KH-UBND, 05/01', d('05/01/2022')],
            ['16/UBND', d('21/12/2021')],
          ]),
        ],
        info,
      ),
    );
    const said = issues.filter((i) => i.code === 'date-out-of-period').map((i) => i.message.vi);
    expect(said[0]).toMatch(/^Văn bản số 15\/UBND có ngày 20\/12\/2021, nằm ngoài kỳ/);
    expect(said[1]).toMatch(/^Văn bản số 01\/KH-UBND có ngày 05\/01\/2022/);
    expect(said[2]).toMatch(/^Văn bản số 16\/UBND có ngày 21\/12\/2021/);
  });

  it('leaves a document dated after the report out of the number order', () => {
    const issues = checkTables(
      readResult(
        [
          docs([
            ['27/BC-UBND', d('14/7/2023')],
            ['38/BC-UBND', d('28/02/2023')],
          ]),
        ],
        info,
      ),
    );
    expect(where(issues)).toEqual(['date-after-report error Văn bản!B3 date']);
  });

  it('checks nothing without a report date or period', () => {
    expect(checkTables(readResult([docs([['27/BC-UBND', d('14/7/2023')]])]))).toEqual([]);
  });

  it('checks dossiers: received after the period, done before it, any date after the report', () => {
    const t = table('dossiers', { code: 'A', receivedAt: 'B', dueAt: 'C', doneAt: 'D' }, [
      ['H01', d('01/6/2022'), d('10/6/2022'), d('15/7/2022')], // carried over, done in the period: fine
      ['H02', d('01/4/2023'), d('10/4/2023'), null], // received after the period's end
      ['H03', d('01/6/2022'), d('10/6/2022'), d('20/6/2022')], // done before the period
      ['H04', d('20/3/2023'), d('30/4/2023'), d('10/4/2023')], // result after the report date
      ['H05', d('20/3/2023'), d('30/4/2023'), null], // pending, due later: fine
    ]);
    const issues = checkTables(readResult([t], info));
    expect(where(issues).sort()).toEqual([
      'date-after-report error dossiers!D6 doneAt',
      'date-out-of-period info dossiers!B4 receivedAt',
      'date-out-of-period info dossiers!D5 doneAt',
    ]);
    expect(issues.find((i) => i.code === 'date-after-report')?.message.vi).toContain('Hồ sơ H04 (ngày có kết quả)');
  });

  it('names the sheet of its own row in a table read from two places, whose cells share addresses', () => {
    const documents = joined(docs([['01/QĐ-UBND', d('10/01/2023')]], 'Văn bản quý I'), docs([['27/BC-UBND', d('14/7/2023')]], 'Văn bản quý II'));
    const cols = { code: 'A', receivedAt: 'B', doneAt: 'C' };
    const dossiers = joined(
      table('dossiers', cols, [['H01', d('01/3/2023'), d('10/3/2023')]], { sheet: 'Hồ sơ 1' }),
      table('dossiers', cols, [['H02', d('01/4/2023'), null]], { sheet: 'Hồ sơ 2' }),
    );
    expect(where(checkTables(readResult([documents, dossiers], info))).sort()).toEqual([
      'date-after-report error Văn bản quý II!B3 date',
      'date-out-of-period info Hồ sơ 2!B3 receivedAt',
    ]);
  });
});
