/** What the draft says: the seed's figures in the seed's sentences, the footnote, the clerk's text, placeholders. */
import { buildWordDraft } from '../../../src/core/word';
import { emptyAnalysis, paragraphXml, paragraphs, seedAnalysis, table, unzipDocx } from './fixture';
import type { Analysis } from '../../../src/core/analyze';
import { issue } from '../../../src/core/issues';

async function xmlOf(a: Analysis) {
  return unzipDocx(await buildWordDraft(a));
}

const HIGHLIGHT = '<w:highlight w:val="yellow"/>';

describe('the seed', () => {
  let parts: Record<string, string>;
  let text: string[];
  beforeAll(async () => {
    parts = await xmlOf(seedAnalysis());
    text = paragraphs(parts['word/document.xml']);
  });

  test.each([
    '+ Số lượng hồ sơ tiếp nhận: 289 hồ sơ (trực tuyến 08 hồ sơ, trực tiếp 281 hồ sơ).',
    '+ Số lượng hồ sơ đã giải quyết: 289 hồ sơ (trước hạn 175 hồ sơ; đúng hạn 0 hồ sơ; quá hạn 114 hồ sơ), tỷ lệ giải quyết đúng hạn và trước hạn đạt 60,6%.',
    '2. 80% hồ sơ công việc tại xã được xử lý trên môi trường mạng, đạt 133,3% chỉ tiêu (chỉ tiêu 60%).',
    '- Việc thực hiện các quy định về quản lý, sử dụng biên chế được giao: Số lượng cán bộ, công chức 21 người, trong đó cán bộ 11 người, công chức 10 người; những người hoạt động không chuyên trách 12 người.',
    '- Chất lượng cán bộ, công chức: Sau đại học: 1/21, chiếm 4,8%; Đại học: 17/21, chiếm 80,9%; Trung cấp: 3/21, chiếm 14,3%.',
    'Chi ngân sách: thực hiện 1.220.963.992 đồng, đạt 20% so với dự toán huyện giao và 20,3% so với dự toán HĐND xã giao.',
    'Tổng số kế hoạch vốn được giao năm 2023 là 380.000.000 đồng; lũy kế giải ngân từ đầu năm đến kỳ báo cáo là 190.000.000 đồng, đạt 50% so với kế hoạch vốn giao.',
    'Kính báo cáo UBND huyện theo dõi, chỉ đạo./.',
  ])('states "%s"', (sentence) => {
    expect(text).toContain(sentence);
  });

  test('revenue: total and its lines against the estimates that exist', () => {
    const revenue = text.find((t) => t.startsWith('Thu ngân sách:'))!;
    expect(revenue).toBe(
      'Thu ngân sách: thực hiện 1.464.000 đồng, đạt 25% so với dự toán huyện và HĐND xã giao; trong đó: thu cân đối ngân sách 1.095.000 đồng, đạt 19% so với dự toán huyện và HĐND xã giao; bổ sung có mục tiêu 369.000.000 đồng, đạt 25% so với dự toán huyện giao.',
    );
  });

  test('survey: satisfied is rất hài lòng + hài lòng, bình thường apart', () => {
    const s = text.find((t) => t.startsWith('Kết quả khảo sát'))!;
    expect(s).toContain('tỷ lệ hài lòng đạt 98,2% (rất hài lòng 84,8%, hài lòng 13,4%); mức bình thường 1,8%');
    expect(s).not.toContain('100');
  });

  test('a rate indicator reads "Tỷ lệ ... đạt 98,23%, bằng 109,1% chỉ tiêu"', () => {
    expect(text).toContain('3. Tỷ lệ hài lòng của người dân, tổ chức trong giải quyết thủ tục hành chính đạt 98,23%, bằng 109,1% chỉ tiêu (chỉ tiêu 90%).');
  });

  test('2.1 counts 09 documents with a real footnote reference', () => {
    const p = paragraphXml(parts['word/document.xml'], 'chỉ đạo, điều hành về CCHC.');
    expect(paragraphs(p)[0]).toBe(
      '- Trong kỳ báo cáo (từ ngày 08/07/2022 đến ngày 31/03/2023), UBND xã Ba Bích đã ban hành 09 văn bản chỉ đạo, điều hành về CCHC.',
    );
    const id = p.match(/<w:footnoteReference w:id="(\d+)"\/>/)![1];
    expect(parts['word/footnotes.xml']).toContain(`<w:footnote w:id="${id}">`);
  });

  test('the footnote lists every document grouped by type, one subject per line', () => {
    const notes = paragraphs(parts['word/footnotes.xml']).filter(Boolean);
    expect(notes[0]).toBe('Thống kê văn bản ban hành (gồm: 03 quyết định, 04 công văn và 02 kế hoạch):');
    expect(notes).toContain('- Quyết định về việc Ban hành Kế hoạch cải cách hành chính năm 2023 (tại Quyết định số 175/QĐ-UBND ngày 28/12/2022 của UBND xã).');
    expect(notes).toContain(
      '- Công văn về việc đẩy mạnh sử dụng dịch vụ công trực tuyến (mức độ 3) (tại Công văn số 66/UBND ngày 22/09/2022 và Công văn số 75/UBND ngày 18/10/2022 của UBND xã).',
    );
    expect(notes).toContain('- Kế hoạch tuyên truyền cải cách hành chính năm 2023 (tại Kế hoạch số 36/KH-UBND ngày 28/03/2023 của UBND xã).');
    const types = notes.slice(1).map((n) => n.match(/\(tại (.+?) số /)![1]);
    expect(types).toEqual(['Quyết định', 'Quyết định', 'Quyết định', 'Công văn', 'Công văn', 'Công văn', 'Kế hoạch', 'Kế hoạch']);
    for (const n of ['175/QĐ-UBND', '20/QĐ-UBND', '21/QĐ-UBND', '66/UBND', '75/UBND', '17/UBND', '19/UBND', '20/KH-UBND', '36/KH-UBND']) {
      expect(notes.join('\n')).toContain(`số ${n} ngày`);
    }
  });

  test("the clerk's paragraphs land in their section and part", () => {
    const at = (t: string) => text.findIndex((x) => x.includes(t));
    const h21 = at('2.1. Công tác'),
      h22 = at('2.2. Cải cách thể chế'),
      h23 = at('2.3. Cải cách thủ tục'),
      h24 = at('2.4. Cải cách tổ chức');
    const b21 = text.indexOf('b) Hạn chế, khó khăn, vướng mắc và nguyên nhân', h21);
    expect(at('UBND xã đã tổ chức họp 02 cuộc họp')).toBeGreaterThan(h21);
    expect(at('UBND xã đã tổ chức họp 02 cuộc họp')).toBeLessThan(b21);
    expect(at('Công tác lãnh đạo, chỉ đạo thực hiện')).toBeGreaterThan(b21);
    expect(at('Công tác lãnh đạo, chỉ đạo thực hiện')).toBeLessThan(h22);
    // "Mục 2.3." is 2.3; its two lines are two paragraphs, after 2.3's b).
    const b23 = text.indexOf('b) Hạn chế, khó khăn, vướng mắc và nguyên nhân', h23);
    expect(at('- Nhiều hồ sơ tuy đã xử lý xong')).toBeGreaterThan(b23);
    expect(at('+ Nguyên nhân chủ quan')).toBe(at('- Nhiều hồ sơ tuy đã xử lý xong') + 1);
    expect(at('+ Nguyên nhân chủ quan')).toBeLessThan(h24);
    expect(at('Công tác CCHC được Đảng ủy')).toBeGreaterThan(at('III. ĐÁNH GIÁ CHUNG'));
    expect(at('Kính đề nghị UBND huyện bố trí')).toBeGreaterThan(at('V. ĐỀ XUẤT, KIẾN NGHỊ'));
  });

  test('what is still to write is a highlighted placeholder in brackets', () => {
    const doc = parts['word/document.xml'];
    const p = paragraphXml(doc, 'Nêu hạn chế, khó khăn trong cải cách thể chế');
    expect(paragraphs(p)[0]).toMatch(/^\[.*\]$/);
    expect(p).toContain(HIGHLIGHT);
    // Written sections have no placeholder: 2.1 a) holds the clerk's text, not "[Nêu kết quả chỉ đạo...]".
    expect(text.some((t) => t.startsWith('[Nêu kết quả chỉ đạo'))).toBe(false);
    // Figures themselves are never highlighted.
    expect(paragraphXml(doc, 'Số lượng hồ sơ tiếp nhận')).not.toContain(HIGHLIGHT);
  });

  test('no undefined, NaN or null in any XML part', () => {
    for (const [name, xml] of Object.entries(parts)) {
      expect([name, /undefined|NaN|\bnull\b/.test(xml)]).toEqual([name, false]);
    }
  });
});

describe('nothing known yet', () => {
  let parts: Record<string, string>;
  let doc: string;
  let text: string[];
  beforeAll(async () => {
    parts = await xmlOf(emptyAnalysis());
    doc = parts['word/document.xml'];
    text = paragraphs(doc);
  });

  test('absent tables: each section says its data was not provided, highlighted', () => {
    for (const what of [
      'kết quả giải quyết thủ tục hành chính',
      'thu, chi ngân sách',
      'giải ngân vốn đầu tư công',
      'số lượng, trình độ chuyên môn',
      'các chỉ tiêu chủ yếu',
      'văn bản chỉ đạo',
    ]) {
      const p = paragraphXml(doc, `[Chưa có số liệu ${what}`);
      expect(p).toContain(HIGHLIGHT);
    }
  });

  test('header: blank number kept, date blanks highlighted, agency placeholder', () => {
    expect(text).toContain('Số: \u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND');
    const date = paragraphXml(doc, 'tháng');
    expect(paragraphs(date)[0]).toMatch(/^\[Địa danh\], ngày \s+ tháng \s+ năm \s+$/u);
    expect(date).toContain(HIGHLIGHT);
    expect(paragraphXml(doc, '[TÊN CƠ QUAN BAN HÀNH]')).toContain(HIGHLIGHT);
    expect(text).not.toContain('UBND HUYỆN BA TƠ');
  });

  test('signature defaults and recipients: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH, signer placeholder, "- Lưu: VT." added', () => {
    expect(text).toEqual(expect.arrayContaining(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '[Họ và tên người ký]', '- [Cơ quan nhận báo cáo];', '- Lưu: VT.']));
    expect(paragraphXml(doc, '[Họ và tên người ký]')).toContain(HIGHLIGHT);
    expect(text).toContain('Kính báo cáo [cơ quan cấp trên] theo dõi, chỉ đạo./.');
  });

  test('no undefined, NaN or null in any XML part', () => {
    for (const [name, xml] of Object.entries(parts)) {
      expect([name, /undefined|NaN|\bnull\b/.test(xml)]).toEqual([name, false]);
    }
  });
});

describe('null figures inside a present table', () => {
  test('print a highlighted [...], never 0, null or NaN', async () => {
    const a = seedAnalysis();
    a.figures.tthc = { ...a.figures.tthc!, online: null, onTimePct: null, pending: 5, pendingInTime: null, pendingOverdue: null };
    a.figures.investment = { plan: 380_000_000, disbursed: null, pct: null };
    const parts = await xmlOf(a);
    const doc = parts['word/document.xml'];
    const text = paragraphs(doc);
    expect(text).toContain('+ Số lượng hồ sơ tiếp nhận: 289 hồ sơ (trực tuyến [...] hồ sơ, trực tiếp 281 hồ sơ).');
    expect(text.find((t) => t.startsWith('+ Số lượng hồ sơ đã giải quyết'))).toMatch(/đạt \[\.\.\.\]%\.$/);
    expect(text).toContain('+ Số lượng hồ sơ đang giải quyết: 05 hồ sơ (trong hạn [...] hồ sơ; quá hạn [...] hồ sơ).');
    expect(text.find((t) => t.startsWith('Tổng số kế hoạch vốn'))).toContain('là [...] đồng, đạt [...]%');
    expect(paragraphXml(doc, 'Số lượng hồ sơ tiếp nhận')).toContain(HIGHLIGHT);
    for (const xml of Object.values(parts)) expect(xml).not.toMatch(/undefined|NaN|\bnull\b/);
  });

  test('no documents table row: 2.1 says so; a documents table gives no footnote when empty', async () => {
    const a = seedAnalysis();
    a.tables.documents = table('documents', []);
    const parts = await xmlOf(a);
    expect(parts['word/document.xml']).not.toContain('<w:footnoteReference');
    expect(paragraphs(parts['word/document.xml']).some((t) => t.startsWith('- [Bảng văn bản ban hành chưa có văn bản nào'))).toBe(true);
  });
});

test('a paragraph filed under an unknown section is kept, with a highlighted note, after V', async () => {
  const a = seedAnalysis();
  a.tables.narrative = table('narrative', [{ section: 'VI', part: null, text: 'Đoạn văn lạc mục.' }]);
  const parts = await xmlOf(a);
  const doc = parts['word/document.xml'];
  const text = paragraphs(doc);
  const k = text.indexOf('Đoạn văn lạc mục.');
  expect(k).toBeGreaterThan(text.indexOf('V. ĐỀ XUẤT, KIẾN NGHỊ'));
  expect(text[k - 1]).toContain('mục "VI"');
  expect(paragraphXml(doc, 'mục "VI"')).toContain(HIGHLIGHT);
});

describe('open errors', () => {
  const error = (n: number) =>
    issue(
      'sum-of-rows',
      { sheet: 'Thu chi', cell: `E${n}`, table: 'budget', field: 'actual' },
      { row: `dòng ${n}`, field: 'thực hiện', totalValue: 100, sum: 90 },
    );

  test('a highlighted note before the body lists them, to be deleted before signing', async () => {
    const a = { ...seedAnalysis(), issues: [error(6), { ...error(7), severity: 'warning' as const, code: 'number-as-text' as const }] };
    const doc = (await xmlOf(a))['word/document.xml'];
    const text = paragraphs(doc);
    const note = text.findIndex((t) => t.startsWith('[Lưu ý khi hoàn thiện'));
    expect(note).toBeGreaterThan(text.indexOf('BÁO CÁO'));
    expect(text[note]).toContain('còn 01 lỗi chưa sửa');
    expect(text[note + 1]).toBe('- Ở dòng 6, thực hiện là 100 nhưng cộng các dòng trong bảng được 90. (Thu chi!E6)');
    expect(text.some((t) => t.includes('dòng 7'))).toBe(false); // a warning that changes no figure is not listed
    expect(paragraphXml(doc, '- Ở dòng 6, thực hiện là 100')).toContain(HIGHLIGHT);
  });

  test('no note when there is no error', async () => {
    const text = paragraphs((await xmlOf(seedAnalysis()))['word/document.xml']);
    expect(text.some((t) => t.startsWith('[Lưu ý khi hoàn thiện'))).toBe(false);
  });
});
