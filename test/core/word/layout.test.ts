/** The page and the blocks of Nghị định 30/2020, Phụ lục I, checked in the generated XML. */
import { buildWordDraft } from '../../../src/core/word';
import { mmToTwips } from '../../../src/core/word/page';
import { paragraphXml, paragraphs, seedAnalysis, unzipDocx } from './fixture';

let parts: Record<string, string>;
let doc: string;

beforeAll(async () => {
  parts = unzipDocx(await buildWordDraft(seedAnalysis()));
  doc = parts['word/document.xml'];
});

/** The XML of the n-th table (<w:tbl>) of the body, nested tables excluded. */
const tables = (xml: string) => xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];

test('bytes are a zip that Word reads: the main parts are there', async () => {
  const bytes = await buildWordDraft(seedAnalysis());
  expect(bytes).toBeInstanceOf(Uint8Array);
  expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  for (const p of ['word/document.xml', 'word/styles.xml', 'word/settings.xml', 'word/footnotes.xml', '[Content_Types].xml']) {
    expect(parts[p]).toBeDefined();
  }
});

test('A4 portrait with margins 20/20/30/15 mm', () => {
  expect([mmToTwips(20), mmToTwips(30), mmToTwips(10)]).toEqual([1134, 1701, 567]);
  const sect = doc.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/)![0];
  expect(sect).toMatch(/<w:pgSz w:w="11906" w:h="16838"( w:orient="portrait")?\/>/);
  const mar = sect.match(/<w:pgMar [^>]*\/>/)![0];
  expect(mar).toContain('w:top="1134"');
  expect(mar).toContain('w:bottom="1134"');
  expect(mar).toContain('w:left="1701"');
  expect(mar).toContain('w:right="851"');
});

test('Times New Roman in all four scripts, 14 pt, in the default styles', () => {
  const defaults = parts['word/styles.xml'].match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)![0];
  const fonts = defaults.match(/<w:rFonts [^>]*\/>/)![0];
  for (const a of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']) expect(fonts).toContain(`${a}="Times New Roman"`);
  expect(defaults).toMatch(/<w:sz w:val="28"\/>/);
});

test('page numbers from page 2: titlePg, an empty first-page header and a PAGE field in the default header', () => {
  const sect = doc.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/)![0];
  expect(sect).toContain('<w:titlePg/>');
  const rels = parts['word/_rels/document.xml.rels'];
  const target = (type: string) => {
    const id = sect.match(new RegExp(`<w:headerReference w:type="${type}" r:id="(rId\\d+)"`))![1];
    return rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1] ?? rels.match(new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`))![1];
  };
  const first = parts[`word/${target('first')}`];
  const def = parts[`word/${target('default')}`];
  expect(paragraphs(first).join('')).toBe('');
  expect(first).not.toMatch(/PAGE/);
  expect(def).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|<w:fldSimple w:instr="\s*PAGE/);
  expect(def).toContain('<w:jc w:val="center"/>');
});

test('body paragraphs: justified, first line 1 cm, 6 pt after, line spacing in 1.15–1.5', () => {
  const p = paragraphXml(doc, 'Số lượng hồ sơ tiếp nhận');
  expect(p).toContain('<w:jc w:val="both"/>');
  expect(p).toMatch(/<w:ind [^>]*w:firstLine="567"/);
  const spacing = p.match(/<w:spacing [^>]*\/>/)![0];
  expect(Number(spacing.match(/w:after="(\d+)"/)![1])).toBeGreaterThanOrEqual(120);
  const line = Number(spacing.match(/w:line="(\d+)"/)![1]);
  expect(line).toBeGreaterThanOrEqual(276);
  expect(line).toBeLessThanOrEqual(360);
  expect(spacing).toContain('w:lineRule="auto"');
  expect(p).toMatch(/<w:sz w:val="28"\/>/);
});

describe('header block', () => {
  let header: string;
  beforeAll(() => {
    header = tables(doc)[0]!;
  });

  test('is a two-column table without borders', () => {
    expect(header.match(/<w:gridCol /g)).toHaveLength(2);
    const tblBorders = header.match(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/)![0];
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
      expect(tblBorders).toMatch(new RegExp(`<w:${side} w:val="(none|nil)"`));
    }
    expect(header).not.toMatch(/<w:(top|left|bottom|right) w:val="single"[^>]*\/>\s*<\/w:tcBorders>/);
  });

  test('left: superior (regular), agency (bold) with a short rule, then the number with a leading zero', () => {
    const superior = paragraphXml(header, 'UBND HUYỆN BA TƠ');
    expect(superior).not.toContain('<w:b/>');
    expect(superior).toContain('<w:sz w:val="26"/>');
    const agency = paragraphXml(header, 'UBND XÃ BA BÍCH');
    expect(agency).toContain('<w:b/>');
    // The rule: an empty paragraph with a bottom border and indents that make it short.
    const rules = header.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*<w:pBdr><w:bottom w:val="single"[\s\S]*?<\/w:p>/g)!;
    expect(rules.length).toBeGreaterThanOrEqual(2);
    const left = Number(rules[0].match(/<w:ind w:left="(\d+)"/)![1]);
    expect(left).toBeGreaterThan(800);
    expect(paragraphs(header)).toContain('Số: 05/BC-UBND');
  });

  test('right: national title, motto with a rule as long as it, italic place and date', () => {
    expect(paragraphXml(header, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:b/>');
    const motto = paragraphXml(header, 'Độc lập - Tự do - Hạnh phúc');
    expect(motto).toContain('<w:b/>');
    expect(motto).toContain('<w:sz w:val="28"/>');
    const date = paragraphXml(header, 'Ba Bích, ngày 05 tháng 4 năm 2023');
    expect(date).toContain('<w:i/>');
    expect(date).toContain('<w:sz w:val="28"/>');
    expect(paragraphs(header)).toContain('Ba Bích, ngày 05 tháng 4 năm 2023');
  });
});

test('title: BÁO CÁO and the summary line, bold and centred', () => {
  for (const text of ['BÁO CÁO', 'Sơ kết 02 năm thực hiện Chương trình số 23-CTr/HU']) {
    const p = paragraphXml(doc, text);
    expect(p).toContain('<w:b/>');
    expect(p).toContain('<w:jc w:val="center"/>');
  }
});

test('headings: "I." bold capitals, "2.3." bold, "a)" not bold', () => {
  expect(paragraphXml(doc, 'II. KẾT QUẢ THỰC HIỆN')).toContain('<w:b/>');
  expect(paragraphXml(doc, '2.3. Cải cách thủ tục hành chính')).toContain('<w:b/>');
  expect(paragraphXml(doc, 'a) Kết quả đạt được')).not.toContain('<w:b/>');
  const outline = paragraphs(doc).filter((t) => /^(I|II|III|IV|V)\. /.test(t));
  expect(outline.map((t) => t.split('.')[0])).toEqual(['I', 'II', 'III', 'IV', 'V']);
  for (const t of outline) expect(t).toBe(t.toLocaleUpperCase('vi'));
  const areas = paragraphs(doc).filter((t) => /^2\.\d\. /.test(t));
  expect(areas.map((t) => t.slice(0, 3))).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7']);
});

describe('signature block', () => {
  let sig: string;
  beforeAll(() => {
    sig = tables(doc).find((t) => t.includes('Nơi nhận:'))!;
  });

  test('is a borderless two-column table: recipients left, signature right', () => {
    expect(sig.match(/<w:gridCol /g)).toHaveLength(2);
    expect(sig).toMatch(/<w:tblBorders>[\s\S]*<w:top w:val="(none|nil)"/);
    const texts = paragraphs(sig);
    expect(texts).toEqual([
      'Nơi nhận:',
      '- UBND huyện;',
      '- Phòng Nội vụ;',
      '- TT Đảng ủy xã;',
      '- TT HĐND xã;',
      '- CT, PCT UBND xã;',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Phạm Văn Lương',
    ]);
  });

  test('"Nơi nhận:" 12 pt bold italic, recipients 11 pt, authority and name bold', () => {
    const noiNhan = paragraphXml(sig, 'Nơi nhận:');
    expect(noiNhan).toContain('<w:b/>');
    expect(noiNhan).toContain('<w:i/>');
    expect(noiNhan).toContain('<w:sz w:val="24"/>');
    expect(paragraphXml(sig, 'Phòng Nội vụ')).toContain('<w:sz w:val="22"/>');
    for (const t of ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Phạm Văn Lương']) expect(paragraphXml(sig, t)).toContain('<w:b/>');
  });

  test('the closing line comes right before it', () => {
    const texts = paragraphs(doc);
    const k = texts.indexOf('Kính báo cáo UBND huyện theo dõi, chỉ đạo./.');
    expect(k).toBeGreaterThan(0);
    expect(texts.indexOf('Nơi nhận:')).toBeGreaterThan(k);
  });
});

test('appendix on a new page: the Biểu 06 columns and a total row; the staff table', () => {
  const p = paragraphXml(doc, 'PHỤ LỤC');
  expect(p).toContain('<w:pageBreakBefore/>');
  const tthc = tables(doc).find((t) => t.includes('Kỳ trước chuyển sang'))!;
  const heads = paragraphs(tthc).slice(0, 16);
  expect(heads).toEqual(
    expect.arrayContaining(['Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết', 'Trực tuyến', 'Trực tiếp', 'Trước hạn', 'Đúng hạn', 'Trong hạn']),
  );
  expect(tthc.match(/<w:gridCol /g)).toHaveLength(12);
  const rows = tthc.match(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g)!;
  const total = paragraphs(rows[rows.length - 1]);
  expect(total.slice(0, 4)).toEqual(['Tổng cộng', '289', '8', '281']);
  expect(total.slice(5, 9)).toEqual(['289', '175', '0', '114']);
  expect(paragraphs(rows[2])[0]).toBe('Hộ tịch');
  const staff = tables(doc).find((t) => t.includes('Trình độ chuyên môn'))!;
  const staffText = paragraphs(staff);
  expect(staffText).toEqual(expect.arrayContaining(['Đại học', '17', '80,9', 'Tổng cộng', '21', '100']));
});
