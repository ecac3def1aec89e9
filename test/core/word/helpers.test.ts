/** The small rules of the draft: number and date lines, agency names, sections, document types, recipients. */
import { toSerial } from '../../../src/core/format';
import { dateWords, formatNumberLine, placeDateParts } from '../../../src/core/word/headerBlock';
import { agencyInBody, parseAgency, placeName, superiorLevel, superiorShort } from '../../../src/core/word/names';
import { normalizeSection, narrativeEntries, textsFor } from '../../../src/core/word/sections/narrative';
import { documentType, footnoteLines, documentRefs } from '../../../src/core/word/sections/documentsList';
import { recipientLines } from '../../../src/core/word/signature';
import { educationParts } from '../../../src/core/word/sections/staffing';
import { indicatorSentence } from '../../../src/core/word/sections/indicators';
import { givenPct, pct, plain, count, plainCount, amount } from '../../../src/core/word/text';
import { SEED_INFO, seedFigures, table } from './fixture';

describe('number line', () => {
  test.each([
    ['5/BC-UBND', '05/BC-UBND'],
    ['05/BC-UBND', '05/BC-UBND'],
    ['12 / BC - UBND', '12/BC-UBND'],
    ['/BC-UBND', '\u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND'],
    [null, '\u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND'],
    ['', '\u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND'],
  ])('%p -> %p', (input, out) => expect(formatNumberLine(input)).toBe(out));
});

describe('date words: day under 10 and months 1–2 take a leading zero', () => {
  test.each([
    [toSerial(2023, 4, 5), 'ngày 05 tháng 4 năm 2023'],
    [toSerial(2023, 2, 5), 'ngày 05 tháng 02 năm 2023'],
    [toSerial(2023, 1, 15), 'ngày 15 tháng 01 năm 2023'],
    [toSerial(2023, 12, 31), 'ngày 31 tháng 12 năm 2023'],
    [toSerial(2023, 10, 9.5), 'ngày 09 tháng 10 năm 2023'],
  ])('%p -> %p', (serial, out) => expect(dateWords(serial)).toBe(out));

  test('unknown date: blanks with the year of the period, highlighted too (a guess: the report may be signed the next year)', () => {
    const parts = placeDateParts({ ...SEED_INFO, reportDate: null });
    expect(plain(parts)).toBe('Ba Bích, ngày \u00a0\u00a0\u00a0\u00a0\u00a0 tháng \u00a0\u00a0\u00a0\u00a0\u00a0 năm 2023');
    const highlighted = parts.filter((p) => typeof p === 'object' && 'ph' in p && p.ph);
    expect(highlighted).toHaveLength(3);
    expect(highlighted[2]).toEqual({ text: '2023', ph: true });
  });
});

describe('agency names', () => {
  test('capitals of the header become the body form', () => {
    expect(parseAgency('UBND XÃ BA BÍCH')).toEqual({ kind: 'xã', name: 'Ba Bích' });
    expect(parseAgency('ỦY BAN NHÂN DÂN THỊ TRẤN BA TƠ')).toEqual({ kind: 'thị trấn', name: 'Ba Tơ' });
    expect(parseAgency('Văn phòng HĐND')).toBeNull();
    expect(agencyInBody(SEED_INFO)).toBe('UBND xã Ba Bích');
    expect(agencyInBody({ ...SEED_INFO, agency: null })).toBe('UBND xã');
  });

  test('superior: short form and level; the addressee when no superior; null when neither', () => {
    expect(superiorShort(SEED_INFO)).toBe('UBND huyện');
    expect(superiorLevel(SEED_INFO)).toBe('huyện');
    const after2025 = { ...SEED_INFO, superior: null, addressee: 'UBND TỈNH QUẢNG NGÃI' };
    expect(superiorShort(after2025)).toBe('UBND tỉnh');
    expect(superiorLevel(after2025)).toBe('tỉnh');
    expect(superiorShort({ ...SEED_INFO, superior: null })).toBeNull();
    expect(superiorLevel({ ...SEED_INFO, superior: null })).toBe('cấp trên');
  });

  test('place: info.place, else the commune name', () => {
    expect(placeName({ ...SEED_INFO, place: null })).toBe('Ba Bích');
    expect(placeName({ ...SEED_INFO, place: null, agency: null })).toBeNull();
  });
});

describe('narrative sections', () => {
  test.each([
    ['2.3', '2.3'],
    ['Mục 2.3.', '2.3'],
    ['II.2.3', '2.3'],
    ['iii', 'III'],
    ['I', 'I.1'],
    ['I.2', 'I.2'],
    ['IV', 'IV.2'],
    ['V.', 'V'],
    ['Mở đầu', 'INTRO'],
  ])('%p -> %p', (raw, key) => expect(normalizeSection(raw)).toBe(key));

  test('III splits by part; blank rows are skipped', () => {
    const entries = narrativeEntries(
      table('narrative', [
        { section: 'III', part: 'limit', text: 'Hạn chế A' },
        { section: 'III', part: 'cause', text: 'Nguyên nhân B' },
        { section: 'III', part: null, text: 'Kết quả C' },
        { section: '2.4', part: null, text: '   ' },
        { section: '', part: null, text: 'mồ côi' },
      ]),
    );
    expect(entries.map((e) => e.section)).toEqual(['III.LIMIT', 'III.CAUSE', 'III.RESULT']);
    expect(textsFor(entries, 'III.CAUSE')).toEqual(['Nguyên nhân B']);
  });
});

describe('documents', () => {
  test.each([
    ['175/QĐ-UBND', 'Quyết định'],
    ['36/KH-UBND', 'Kế hoạch'],
    ['07/TB-UBND', 'Thông báo'],
    ['66/UBND', 'Công văn'],
    ['5/TTr-UBND', 'Tờ trình'],
  ])('%p is a %p', (n, type) => expect(documentType(null, n)).toBe(type));

  test('a type column wins over the symbol', () => {
    expect(documentType('Kế hoạch', '08/KH-UBND xã')).toBe('Kế hoạch');
  });

  test('documents of one subject share a line; subjects differing only in case too', () => {
    const docs = documentRefs(
      table('documents', [
        { number: '66/UBND', date: 1, summary: 'Về dịch vụ công' },
        { number: '75/UBND', date: 2, summary: 'về dịch vụ công.' },
        { number: '1/QĐ-UBND', date: 3, summary: null },
      ]).rows,
    );
    const lines = footnoteLines(docs);
    expect(lines.map((l) => l.docs.map((d) => d.number))).toEqual([['66/UBND', '75/UBND'], ['1/QĐ-UBND']]);
  });
});

describe('recipients', () => {
  test('"- X;" each and "- Lưu: VT." last, added once', () => {
    expect(recipientLines(SEED_INFO).map(plain)).toEqual([
      '- UBND huyện;',
      '- Phòng Nội vụ;',
      '- TT Đảng ủy xã;',
      '- TT HĐND xã;',
      '- CT, PCT UBND xã;',
      '- Lưu: VT.',
    ]);
    const written = { ...SEED_INFO, recipients: ['- Lưu: VT, VP.', '- Như trên;', 'Sở Nội vụ.'] };
    expect(recipientLines(written).map(plain)).toEqual(['- Như trên;', '- Sở Nội vụ;', '- Lưu: VT, VP.']);
  });

  test('none given: the superior, else a placeholder', () => {
    expect(recipientLines({ ...SEED_INFO, recipients: [] }).map(plain)).toEqual(['- UBND huyện;', '- Lưu: VT.']);
    expect(recipientLines({ ...SEED_INFO, recipients: [], superior: null }).map(plain)).toEqual(['- [Cơ quan nhận báo cáo];', '- Lưu: VT.']);
  });
});

describe('figures in words', () => {
  test('education: levels at 0 left out, shares with the report decimals', () => {
    expect(plain(educationParts(seedFigures().staff!, 1))).toBe('Sau đại học: 1/21, chiếm 4,8%; Đại học: 17/21, chiếm 80,9%; Trung cấp: 3/21, chiếm 14,3%.');
  });

  test('indicator names keep an acronym at the start', () => {
    const s = indicatorSentence({ name: 'TTHC được giải quyết trực tuyến', target: 50, actual: 40, achievement: 80 }, 1);
    expect(plain(s)).toBe('40% TTHC được giải quyết trực tuyến, đạt 80% chỉ tiêu (chỉ tiêu 50%).');
  });

  test('formats: computed % with fixed decimals, given % as typed, counts with a leading zero, đồng', () => {
    expect(plain([pct(50, 1), ' ', pct(60.55, 2), ' ', pct(null, 1), ' ', pct(99.96, 1), ' ', pct(99.94, 1), ' ', pct(100, 2)])).toBe(
      '50% 60,55% [...]% 100% 99,9% 100%',
    );
    expect(plain([givenPct(60), ' ', givenPct(84.8), ' ', givenPct(98.23)])).toBe('60% 84,8% 98,23%');
    // Counts in prose: 1–9 with a leading zero, 0 and 10 or more as they are (text.ts proseCount); in tables as they are.
    expect(plain([count(0), ' ', count(1), ' ', count(9), ' ', count(10), ' ', count(1464), ' ', count(null)])).toBe('0 01 09 10 1.464 [...]');
    expect(plain([plainCount(0), ' ', plainCount(9), ' ', plainCount(1464), ' ', plainCount(null)])).toBe('0 9 1.464 [...]');
    expect(plain([amount(1220963992), ' ', amount(NaN)])).toBe('1.220.963.992 đồng [...] đồng');
  });
});

describe('narrative labels deeper than the outline', () => {
  test.each([
    ['2.3.1', '2.3'],
    ['II.2.5.a', '2.5'],
    ['III.3.1', 'III.CAUSE'],
    ['IV.2.1', 'IV.2'],
    ['V.1', 'V'],
    ['VI', 'VI'],
  ])('%p -> %p', (raw, key) => expect(normalizeSection(raw)).toBe(key));
});

test('an indicator without a name gets a placeholder name, not an empty phrase', () => {
  const s = indicatorSentence({ name: ' ', target: 60, actual: 80, achievement: 133.3 }, 1);
  expect(plain(s)).toBe('[Tên chỉ tiêu]: đạt 80%, bằng 133,3% chỉ tiêu (chỉ tiêu 60%).');
});
