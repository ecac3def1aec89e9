import { checkTables as check } from '../../../src/core/check';
import { bilinguals } from '../../helpers/words';
import { extractCitations, isExternalIssuer } from '../../../src/core/check/citations';
import type { Issue } from '../../../src/core/issues';
import { d, readResult, table } from './build';

/** The checks' issues with their words in both languages. */
const checkTables = (...a: Parameters<typeof check>) => bilinguals(check(...a));

const where = (issues: Issue[]) => issues.map((i) => `${i.code} ${i.severity} ${i.sheet}!${i.cell} ${i.field}`);
const narrative = (rows: [string, string][]) => table('narrative', { section: 'A', text: 'C' }, rows, { sheet: 'Thuyet minh', firstRow: 4 });
const docs = (rows: [string, number | null][]) => table('documents', { number: 'B', date: 'C' }, rows, { sheet: 'Van ban' });
const INFO = { reportDate: d('5/4/2023'), periodStart: d('8/7/2022'), periodEnd: d('31/3/2023') };

// The seed's paragraphs (2.2, 2.3, 2.7) that cite the flawed documents, with the district's and the Party's around them.
const P22 =
  'Kết quả kiểm tra, rà soát và hệ thống hóa văn bản QPPL: UBND xã đã ban hành Kế hoạch số 08/KH-UBND xã ngày 30/01/2023 rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2023.';
const P23 =
  'Rà soát, đơn giản hóa TTHC: UBND xã đã ban hành Quyết định số 18/QĐ-UBND ngày 10/02/2023 ban hành Kế hoạch hoạt động kiểm soát TTHC năm 2023; Kế hoạch số 13/KH-UBND ngày 13/02/2023 rà soát, đánh giá TTHC năm 2023 và Kế hoạch số 38/KH-UBND ngày 23/02/2023 truyền thông về hoạt động kiểm soát TTHC năm 2023.';
const P27 = 'Thực hiện khảo sát hiện trạng thiết bị và đề xuất nhu cầu trang thiết bị Camera tại bộ phận một cửa (Tại Báo cáo số 27/BC-UBND ngày 14/7/2023).';
const P0 =
  'Thực hiện Công văn số 712/UBND ngày 10/4/2023 của UBND huyện về việc báo cáo sơ kết Chương trình số 23-CTr/HU ngày 08/7/2022 của Huyện ủy và Quyết định số 1893/QĐ-UBND ngày 10/8/2022 của UBND huyện.';

describe('extractCitations', () => {
  it('finds type, number/symbol and date, keeps the cell and section, and tells own from external', () => {
    const cites = extractCitations(
      readResult([
        narrative([
          ['0', P0],
          ['2.3', P23],
          ['2.7', P27],
        ]),
      ]),
    );
    expect(cites.map((c) => [c.numberText, c.cell, c.section, c.own])).toEqual([
      ['712/UBND', 'C4', '0', false],
      ['23-CTr/HU', 'C4', '0', false],
      ['1893/QĐ-UBND', 'C4', '0', false],
      ['18/QĐ-UBND', 'C5', '2.3', true],
      ['13/KH-UBND', 'C5', '2.3', true],
      ['38/KH-UBND', 'C5', '2.3', true],
      ['27/BC-UBND', 'C6', '2.7', true],
    ]);
    expect(cites[5].date).toBe(d('23/2/2023'));
    expect(cites[6].date).toBe(d('14/7/2023'));
  });

  it('keeps the malformed symbol as written, up to " ngày "', () => {
    expect(extractCitations(readResult([narrative([['2.2', P22]])])).map((c) => c.numberText)).toEqual(['08/KH-UBND xã']);
  });

  it('reads lower-case types and one-digit days and months, and counts a document cited twice once', () => {
    const cites = extractCitations(
      readResult([narrative([['1', 'Tại báo cáo số 137/BC-UBND ngày 5/8/2022 của UBND xã; lại nêu Báo cáo số 137/BC-UBND ngày 05/08/2022.']])]),
    );
    expect(cites).toHaveLength(1);
    expect(cites[0]).toMatchObject({ numberText: '137/BC-UBND', date: d('5/8/2022'), own: true });
  });

  it('ignores a number without a date and text that is no citation', () => {
    const cites = extractCitations(readResult([narrative([['1', 'Theo Nghị định 59/2019/NĐ-CP; 21 người, trong đó số 11 ngày nghỉ 3/4/2023.']])]));
    expect(cites).toEqual([]);
  });

  it('reads the issuer a few words after the date', () => {
    expect(isExternalIssuer(' của UBND huyện về việc')).toBe(true);
    expect(isExternalIssuer(' của Thủ tướng Chính phủ')).toBe(true);
    expect(isExternalIssuer(' của Ủy ban nhân dân tỉnh Quảng Ngãi')).toBe(true);
    expect(isExternalIssuer(' của Phòng Tài chính - Kế hoạch')).toBe(true);
    expect(isExternalIssuer(' của Ban Thường vụ Tỉnh ủy')).toBe(true);
    expect(isExternalIssuer(' của UBND xã')).toBe(false);
    expect(isExternalIssuer(' của Chủ tịch UBND xã')).toBe(false);
    expect(isExternalIssuer(' rà soát, đánh giá TTHC của UBND huyện')).toBe(false);
  });
});

describe('checks on cited documents', () => {
  it('a cited document dated after the report is an error on its narrative cell, naming the section', () => {
    const issues = checkTables(readResult([narrative([['2.7', P27]])], INFO));
    expect(where(issues)).toEqual(['date-after-report error Thuyet minh!C4 text']);
    expect(issues[0].table).toBe('narrative');
    expect(issues[0].message.vi).toBe('Văn bản số 27/BC-UBND được dẫn trong phần thuyết minh (mục 2.7) có ngày 14/07/2023, sau ngày báo cáo 05/04/2023.');
  });

  it("an external document dated after the report is still an error (the date is the report's own words)", () => {
    const text = 'Thực hiện Công văn số 712/UBND ngày 10/4/2023 của UBND huyện.';
    expect(where(checkTables(readResult([narrative([['0', text]])], INFO)))).toEqual(['date-after-report error Thuyet minh!C4 text']);
  });

  it('a malformed own symbol is a doc-number-format warning; an external odd symbol is not', () => {
    const issues = checkTables(
      readResult(
        [
          narrative([
            ['2.2', P22],
            ['2.6', 'Chi theo Công văn số 85/TCKH ngày 01/3/2023 của Phòng Tài chính - Kế hoạch; Tờ trình số 5 /TTr-PTC ngày 02/3/2023 của Phòng Tài chính.'],
          ]),
        ],
        INFO,
      ),
    );
    expect(where(issues)).toEqual(['doc-number-format warning Thuyet minh!C4 text']);
    expect(issues[0].message.vi).toContain('«08/KH-UBND xã» (dẫn trong phần thuyết minh, mục 2.2)');
    expect(issues[0].hint?.vi).toBe('Ghi là 08/KH-UBND.');
  });

  it('orders a cited number against the documents table (same symbol, same year)', () => {
    const issues = checkTables(
      readResult(
        [
          narrative([['2.3', P23]]),
          docs([
            ['36/KH-UBND', d('28/3/2023')],
            ['20/KH-UBND', d('28/2/2023')],
          ]),
        ],
        INFO,
      ),
    );
    expect(where(issues)).toEqual(['number-order warning Thuyet minh!C4 text']);
    expect(issues[0].message.vi).toBe(
      'Văn bản số 38/KH-UBND (dẫn trong phần thuyết minh, mục 2.3) có ngày 23/02/2023, sớm hơn văn bản số 36/KH-UBND (ngày 28/03/2023) dù mang số lớn hơn.',
    );
  });

  it("does not order the district's documents against the commune's", () => {
    const text = 'Thực hiện Quyết định số 950/QĐ-UBND ngày 16/12/2022 của UBND huyện Ba Tơ; Quyết định số 132/QĐ-UBND ngày 22/02/2023 của UBND tỉnh.';
    const issues = checkTables(
      readResult(
        [
          narrative([['2.6', text]]),
          docs([
            ['175/QĐ-UBND', d('28/12/2022')],
            ['21/QĐ-UBND', d('17/2/2023')],
          ]),
        ],
        INFO,
      ),
    );
    expect(issues).toEqual([]);
  });

  it('a citation repeating a row of the table is not reported twice', () => {
    const issues = checkTables(
      readResult(
        [
          narrative([
            ['2.2', P22],
            ['2.7', P27],
          ]),
          docs([
            ['08/KH-UBND xã', d('30/1/2023')],
            ['27/BC-UBND', d('14/7/2023')],
          ]),
        ],
        INFO,
      ),
    );
    expect(where(issues)).toEqual(['date-after-report error Van ban!C4 date', 'doc-number-format warning Van ban!B3 number']);
  });

  it('a clean narrative gives no issue', () => {
    const clean = [
      [
        '2.1',
        'UBND xã đã ban hành kế hoạch CCHC năm 2023 (tại Quyết định số 175/QĐ-UBND ngày 28/12/2022), Quyết định số 21/QĐ-UBND ngày 17/02/2023 của UBND xã.',
      ],
      ['2.3', 'Kế hoạch số 20/KH-UBND ngày 28/2/2023 của UBND xã; Kế hoạch số 36/KH-UBND ngày 28/3/2023 của UBND xã.'],
      ['2.3', P0.replace('10/4/2023', '10/3/2023')],
    ] as [string, string][];
    expect(checkTables(readResult([narrative(clean)], INFO))).toEqual([]);
  });
});
