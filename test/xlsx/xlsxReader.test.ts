/**
 * The product's own .xlsx reader on XML written by hand the way other programs write it (not exceljs):
 * namespace prefixes, inline strings, phonetic runs, escapes, the 1904 date system, cells and rows
 * without references, odd part names. And on exceljs's files, compared with exceljs's own view.
 */
import fs from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { readSnapshotFromXlsx } from '../../src/hosts/file/read';
import { FileHost } from '../../src/hosts/file';
import { unprefixXml } from '../../src/xlsx/unprefix';
import { exceljsSnapshot, withoutUnknownFonts } from '../helpers/exceljsSnapshot';
import { workbookBytes } from '../helpers/xlsx';
import { toSerial } from '../../src/core/format';
import { analyze } from '../../src/core/analyze';
import { reportSheetLayout } from '../../src/core/layout/reportSheet';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WS_TYPE = `${REL}/worksheet`;

interface Book {
  sheets: { name: string; xml: string; path?: string; state?: string; type?: string }[];
  strings?: string;
  styles?: string;
  workbookPr?: string;
  definedNames?: string;
  /** Rename parts (e.g. to other cases) after building. */
  rename?: Record<string, string>;
  prefix?: string;
}

/** A minimal .xlsx zipped by hand. */
function xlsx(book: Book): Uint8Array {
  const x = book.prefix ?? '';
  const ns = x ? `xmlns:${x.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
  };
  const rels: string[] = [];
  const sheets: string[] = [];
  book.sheets.forEach((s, k) => {
    const path = s.path ?? `worksheets/sheet${k + 1}.xml`;
    rels.push(`<Relationship Id="rId${k + 1}" Type="${s.type ?? WS_TYPE}" Target="${path}"/>`);
    sheets.push(`<${x}sheet name="${s.name}" sheetId="${k + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${k + 1}"/>`);
    const full = path.startsWith('/') ? path.slice(1) : `xl/${path}`;
    files[full] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><${x}worksheet ${ns} xmlns:r="${REL}">${s.xml}</${x}worksheet>`);
  });
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0"?><${x}workbook ${ns} xmlns:r="${REL}">${book.workbookPr ?? ''}<${x}sheets>${sheets.join('')}</${x}sheets>${book.definedNames ?? ''}</${x}workbook>`,
  );
  if (book.strings) files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0"?><${x}sst ${ns}>${book.strings}</${x}sst>`);
  if (book.styles) files['xl/styles.xml'] = strToU8(`<?xml version="1.0"?><${x}styleSheet ${ns}>${book.styles}</${x}styleSheet>`);
  for (const [from, to] of Object.entries(book.rename ?? {})) {
    files[to] = files[from];
    delete files[from];
  }
  return zipSync(files);
}

const STYLES =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Times New Roman"/></font><font><name val=".VnTime"/></font></fonts>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/><xf numFmtId="3" fontId="1"/><xf numFmtId="14" fontId="0"/></cellXfs>';

async function first(book: Book) {
  return (await readSnapshotFromXlsx(xlsx(book))).sheets[0];
}

describe('our .xlsx reader on hand-written XML', () => {
  it('reads every kind of cell value', async () => {
    const s = await first({
      sheets: [
        {
          name: 'A',
          xml:
            '<sheetData><row r="1">' +
            '<c r="A1" t="s"><v>0</v></c>' + // shared
            '<c r="B1" t="inlineStr"><is><t>Nội dung</t></is></c>' + // inline
            '<c r="C1" t="str"><f>A1&amp;"x"</f><v>Tổng &amp; cộng</v></c>' + // formula string result
            '<c r="D1"><f>1+1</f><v>2</v></c>' + // formula number after its formula
            '<c r="E1" t="b"><v>1</v></c>' +
            '<c r="F1" t="e"><v>#DIV/0!</v></c>' +
            '<c r="G1"><v>1.5E3</v></c>' +
            '<c r="H1" t="s"><v>1</v></c>' + // rich text with phonetic run
            '<c r="I1" t="s"><v>2</v></c>' + // blank only: left out
            '<c r="J1"><f>A1</f></c>' + // formula without cached value
            '<c r="K1" t="d"><v>2023-04-05T00:00:00</v></c>' +
            '</row></sheetData>',
        },
      ],
      strings:
        '<si><t>Ủy ban</t></si>' +
        '<si><r><rPr><b/></rPr><t xml:space="preserve">Thực </t></r><r><t>hiện</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>' +
        '<si><t xml:space="preserve">   </t></si>',
    });
    expect(s.origin).toEqual({ row: 0, col: 0 });
    expect(s.values[0]).toEqual(['Ủy ban', 'Nội dung', 'Tổng & cộng', 2, true, { error: '#DIV/0!' }, 1500, 'Thực hiện', null, null, toSerial(2023, 4, 5)]);
  });

  it('decodes entities, character references and _xHHHH_ escapes', async () => {
    const s = await first({
      sheets: [
        {
          name: 'A',
          xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>a&#x1EA1;&#7873;&lt;b&gt;&quot;</t></is></c></row></sheetData>',
        },
      ],
      strings: '<si><t>dòng 1_x000D_\ndòng 2</t></si>',
    });
    expect(s.values[0]).toEqual(['dòng 1\r\ndòng 2', 'aạề<b>"']);
  });

  it('reads each shared string as written, decoded and cleaned where it needs it, whatever the other items of the part hold', async () => {
    // The reader asks the whole part once whether it has entities, escapes or characters to clean.
    const row = (n: number) =>
      `<sheetData><row r="1">${Array.from({ length: n }, (_, k) => `<c r="${String.fromCharCode(65 + k)}1" t="s"><v>${k}</v></c>`).join('')}</row></sheetData>`;
    const escaped = await first({
      sheets: [{ name: 'A', xml: row(7) }],
      strings:
        '<si><t>Hồ sơ</t></si>\n<si><t>a&#1;b</t></si><si><t>Tổng &amp; cộng</t></si><si/><si><t xml:space="preserve"> x </t></si><si><t>c_x000B_d</t></si><si><t>e</t></si>',
    });
    expect(escaped.values).toEqual([['Hồ sơ', 'ab', 'Tổng & cộng', null, ' x ', 'c\nd', 'e']]);
    const raw = await first({ sheets: [{ name: 'A', xml: row(3) }], strings: '<si><t>Hồ sơ</t></si><si><t>a\u0007b\uFFFE</t></si><si><t>&lt;c&gt;</t></si>' });
    expect(raw.values).toEqual([['Hồ sơ', 'ab', '<c>']]);
  });

  it('reads parts written with a namespace prefix (x:sheetData, x:c...)', async () => {
    const s = await first({
      prefix: 'x:',
      sheets: [{ name: 'Hồ sơ', xml: '<x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2"><x:v>7</x:v></x:c></x:row></x:sheetData>' }],
      strings: '<x:si><x:t>Tiếp nhận</x:t></x:si>',
    });
    expect(s.name).toBe('Hồ sơ');
    expect(s.origin).toEqual({ row: 1, col: 1 });
    expect(s.values).toEqual([['Tiếp nhận', 7]]);
  });

  it('places rows and cells written without references one after another', async () => {
    const s = await first({
      sheets: [{ name: 'A', xml: '<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row></sheetData>' }],
    });
    expect(s.values).toEqual([
      [1, 2, null, null],
      [null, null, 3, 4],
    ]);
  });

  it('reads rows written out of order, or one row written twice, with their own formats', async () => {
    const s = await first({
      styles: STYLES,
      sheets: [
        {
          name: 'A',
          xml:
            '<sheetData><row r="2"><c r="A2" s="2"><v>3</v></c></row><row r="1"><c r="A1" s="1"><v>45021</v></c></row>' +
            '<row r="3"><c r="A3" s="2"><v>4</v></c></row><row r="2"><c r="B2" s="1"><v>45022</v></c></row></sheetData>',
        },
      ],
    });
    expect(s.values).toEqual([
      [45021, null],
      [3, 45022],
      [4, null],
    ]);
    expect(s.formats).toEqual([
      ['dd/mm/yyyy', null],
      ['#,##0', 'dd/mm/yyyy'],
      ['#,##0', null],
    ]);
  });

  it('keeps rows as the scan finds them with their own formats, and gives the same sheet when a cell comes twice', async () => {
    // Rows 1-2 share their styles, row 3 swaps them, row 4 lacks C, row 5 is wider on both sides.
    const rows =
      '<row r="1"><c r="B1" s="1"><v>45021</v></c><c r="C1" s="2"><v>5</v></c></row>' +
      '<row r="2"><c r="B2" s="1"><v>45022</v></c><c r="C2" s="2"><v>6</v></c></row>' +
      '<row r="3"><c r="B3" s="2"><v>7</v></c><c r="C3" s="1"><v>45023</v></c></row>' +
      '<row r="4"><c r="B4" s="1"><v>45024</v></c></row>' +
      '<row r="5"><c r="A5" s="2"><v>8</v></c><c r="D5"><v>9</v></c></row>';
    // B6 written twice (the later one shows) sends every cell to the general path: the same sheet comes out.
    const twice = rows + '<row r="6"><c r="B6" s="2"><v>1</v></c><c r="B6"><v>2</v></c></row>';
    const kept = await first({ styles: STYLES, sheets: [{ name: 'A', xml: `<sheetData>${rows}</sheetData>` }] });
    const general = await first({ styles: STYLES, sheets: [{ name: 'A', xml: `<sheetData>${twice}</sheetData>` }] });
    const values = [
      [null, 45021, 5, null],
      [null, 45022, 6, null],
      [null, 7, 45023, null],
      [null, 45024, null, null],
      [8, null, null, 9],
    ];
    const formats = [
      [null, 'dd/mm/yyyy', '#,##0', null],
      [null, 'dd/mm/yyyy', '#,##0', null],
      [null, '#,##0', 'dd/mm/yyyy', null],
      [null, 'dd/mm/yyyy', null, null],
      ['#,##0', null, null, null],
    ];
    expect(kept.origin).toEqual({ row: 0, col: 0 });
    expect(kept.values).toEqual(values);
    expect(kept.formats).toEqual(formats);
    expect(kept.fonts?.[4]).toEqual(['.VnTime', null, null, 'Times New Roman']);
    expect(general.values).toEqual([...values, [null, 2, null, null]]);
    expect(general.formats).toEqual([...formats, [null, null, null, null]]);
  });

  it('holds a row with a cell in A and one in XFD as two small blocks, not one row 16 384 cells wide', async () => {
    const s = await first({ sheets: [{ name: 'A', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row></sheetData>' }] });
    expect(s.values).toEqual([[1]]);
    expect(s.blocks?.map((b) => [b.origin, b.values])).toEqual([[{ row: 0, col: 16383 }, [[2]]]]);
  });

  it('gives number formats and fonts by style, dates under a date format, and 1904 dates as 1900 serials', async () => {
    const sheet = {
      name: 'A',
      xml: '<sheetData><row r="1"><c r="A1" s="1"><v>45021</v></c><c r="B1" s="2"><v>1464000</v></c><c r="C1" s="3"><v>43559.5</v></c><c r="D1"><v>5</v></c></row></sheetData>',
    };
    const s = await first({ sheets: [sheet], styles: STYLES });
    expect(s.values[0]).toEqual([45021, 1464000, 43559.5, 5]);
    expect(s.formats?.[0]).toEqual(['dd/mm/yyyy', '#,##0', 'mm-dd-yy', null]);
    expect(s.fonts?.[0]).toEqual(['Times New Roman', '.VnTime', 'Times New Roman', 'Times New Roman']);
    const mac = await first({ sheets: [sheet], styles: STYLES, workbookPr: '<workbookPr date1904="1"/>' });
    // Dates move to the 1900 system; a plain number does not.
    expect(mac.values[0]).toEqual([45021 + 1462, 1464000, 43559.5 + 1462, 5]);
  });

  it('reads a date cell in every form its value takes: whole, decimal rounded to the millisecond, exponent, negative, empty', async () => {
    // The scanner makes a plain decimal's serial in one step; the other forms go the general way, same rounding.
    const cells = ['45021', '45021.041666666664', '4.5021E4', '-1.5', '', '45021.5000000001'];
    const xml = `<sheetData><row r="1">${cells.map((v, k) => `<c r="${String.fromCharCode(65 + k)}1" s="1"><v>${v}</v></c>`).join('')}</row></sheetData>`;
    const ms = (x: number) => Math.round(x * 86400000) / 86400000;
    for (const date1904 of [false, true]) {
      const s = await first({ sheets: [{ name: 'A', xml }], styles: STYLES, workbookPr: date1904 ? '<workbookPr date1904="1"/>' : undefined });
      const shift = date1904 ? 1462 : 0;
      expect(s.values[0]).toEqual([45021 + shift, ms(45021.041666666664 + shift), 45021 + shift, ms(-1.5 + shift), null, ms(45021.5 + shift)]);
    }
  });

  it('reads repeated dates, dates of the same minute and a zero of either sign each as written', async () => {
    // The scanner shares the number of a date met before (by its minute): each cell must still get its own value.
    const cells = ['0', '-0.0000000001', '45021.5', '45021.500005787', '45021.5', '45021.500005787', '-0.0000000001', '0'];
    const xml = `<sheetData><row r="1">${cells.map((v, k) => `<c r="${String.fromCharCode(65 + k)}1" s="1"><v>${v}</v></c>`).join('')}</row></sheetData>`;
    const s = await first({ sheets: [{ name: 'A', xml }], styles: STYLES });
    const ms = (x: number) => Math.round(x * 86400000) / 86400000;
    expect(s.values[0]).toEqual([0, -0, 45021.5, ms(45021.500005787), 45021.5, ms(45021.500005787), -0, 0]);
  });

  it('blanks the cells of a merged area other than its top-left one', async () => {
    const s = await first({
      sheets: [
        {
          name: 'A',
          xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
        },
      ],
    });
    // B1 is blank as Excel shows it, so column B holds nothing and is outside the used range.
    expect(s.values).toEqual([[1], [3]]);
    expect(s.merges).toEqual(['A1:B1']);
  });

  it('lists sheets in tab order, hidden ones too, and skips chart sheets', async () => {
    const snap = await readSnapshotFromXlsx(
      xlsx({
        sheets: [
          { name: 'Hai', xml: '<sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData>', path: 'worksheets/z.xml' },
          { name: 'Biểu đồ', xml: '', type: `${REL}/chartsheet`, path: 'chartsheets/sheet1.xml' },
          { name: 'Ẩn', xml: '<sheetData><row r="1"><c r="A1"><v>3</v></c></row></sheetData>', state: 'hidden', path: '/xl/worksheets/a.xml' },
          { name: 'Khác', xml: '<sheetData><row r="1"><c r="A1"><v>4</v></c></row></sheetData>', path: 'sheets/other.xml' },
        ],
      }),
    );
    expect(snap.sheets.map((s) => s.name)).toEqual(['Hai', 'Ẩn', 'Khác']);
    expect(snap.sheets[2].values).toEqual([[4]]);
  });

  it('finds parts whose names differ in case', async () => {
    const s = await first({
      sheets: [{ name: 'A', xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }],
      strings: '<si><t>ok</t></si>',
      rename: { 'xl/sharedStrings.xml': 'xl/SharedStrings.xml', 'xl/worksheets/sheet1.xml': 'xl/Worksheets/Sheet1.xml' },
    });
    expect(s.values).toEqual([['ok']]);
  });

  it('keeps a stray value far away as its own small block, not a dense grid over the corners', async () => {
    const s = await first({
      sheets: [
        {
          name: 'A',
          xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>3</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData>',
        },
      ],
    });
    expect(s.origin).toEqual({ row: 0, col: 0 });
    expect(s.values).toEqual([[1, 3]]);
    expect(s.blocks).toHaveLength(1);
    expect(s.blocks?.[0].origin).toEqual({ row: 1048575, col: 16383 });
    expect(s.blocks?.[0].values).toEqual([[2]]);
  });

  it('places no cell whose reference names no cell of the grid (beyond XFD or row 1048576, row 0, malformed), and counts them', async () => {
    const s = await first({
      sheets: [
        {
          name: 'A',
          xml:
            '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="XFE2"><v>9</v></c><c r="B2"><v>2</v></c><c r="A0"><v>9</v></c><c r="1A"><v>9</v></c><c r="A1048577"><v>9</v></c></row>' +
            '<row r="99999999999"><c><v>777</v></c></row></sheetData>',
        },
      ],
    });
    expect(s.values).toEqual([
      [1, null],
      [null, 2],
    ]);
    expect(s.unreadRefs).toEqual({ count: 5, first: ['XFE2', 'A0', '1A', 'A1048577', '99999999999'] });
  });

  it('keeps "NaN", "Infinity" and "1e400" written where a number should be as the text written, and cleans noncharacters out of text', async () => {
    const s = await first({
      sheets: [
        {
          name: 'A',
          xml: '<sheetData><row r="1"><c r="A1"><v>NaN</v></c><c r="B1"><v>Infinity</v></c><c r="C1"><v>1e400</v></c><c r="D1" t="s"><v>0</v></c><c r="E1" t="inlineStr"><is><t>Hộ _xFFFF_ tịch</t></is></c></row></sheetData>',
        },
      ],
      strings: '<si><t>UBND _xFFFE_ XÃ￿</t></si>',
    });
    expect(s.values).toEqual([['NaN', 'Infinity', '1e400', 'UBND  XÃ', 'Hộ  tịch']]);
  });

  it('keeps rows without cells inside a block as one shared blank row', async () => {
    const s = await first({
      sheets: [{ name: 'A', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="40"><c r="B40"><v>2</v></c></row></sheetData>' }],
    });
    expect(s.values).toHaveLength(40);
    expect(s.blocks).toBeUndefined();
    expect(s.values[39]).toEqual([null, 2]);
    expect(s.values[5]).toBe(s.values[6]);
  });

  it('reads sheet states, hidden rows and hidden columns, kept inside the used range', async () => {
    const snap = await readSnapshotFromXlsx(
      xlsx({
        sheets: [
          {
            name: 'Hiện',
            xml:
              // Columns C:E hidden, and every column from G on ("hide the unused columns").
              '<cols><col min="1" max="2" width="9"/><col min="3" max="4" width="9" hidden="1"/><col hidden="true" min="5" max="5"/>' +
              '<col min="7" max="16384" hidden="1"/></cols><sheetData>' +
              '<row r="1"><c r="B1"><v>1</v></c><c r="F1"><v>2</v></c></row>' +
              '<row r="2" hidden="1" customHeight="1" ht="0"><c r="B2"><v>3</v></c></row>' +
              '<row r="3" spans="1:6" hidden="0"><c r="B3"><v>4</v></c></row>' +
              '<row r="4" hidden="1"/>' + // blank hidden row inside the used range
              '<row r="5" s="1" hidden="true"><c r="B5"><v>5</v></c></row>' +
              '<row r="9" hidden="1"/>' + // below the used range: left out
              '</sheetData>',
          },
          { name: 'Ẩn', xml: '<sheetData><row r="1"><c r="A1"><v>3</v></c></row></sheetData>', state: 'hidden' },
          { name: 'Ẩn hẳn', xml: '<sheetData/>', state: 'veryHidden' },
        ],
      }),
    );
    const [shown, hidden, veryHidden] = snap.sheets;
    expect(shown.visibility).toBeUndefined();
    expect(shown.origin).toEqual({ row: 0, col: 1 });
    expect(shown.hiddenRows).toEqual([1, 3, 4]);
    expect(shown.hiddenCols).toEqual([2, 3, 4]);
    expect(hidden).toMatchObject({ visibility: 'hidden', values: [[3]] });
    expect(hidden.hiddenRows).toBeUndefined();
    expect(hidden.hiddenCols).toBeUndefined();
    expect(veryHidden.visibility).toBe('veryHidden');
  });

  it('clips a merge over the whole sheet to the used range, and reads no cell it covers outside the data', async () => {
    const s = await first({
      sheets: [
        {
          name: 'A',
          xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c></row></sheetData><mergeCells><mergeCell ref="B1:XFD1048576"/><mergeCell ref="H20:Z100000"/></mergeCells>',
        },
      ],
    });
    expect(s.merges).toEqual(['B1:B2']);
    expect(s.values).toEqual([
      [1, 2],
      [3, null],
    ]);
  });

  it('answers a workbook part that does not parse, or a sheet without its part, as damaged', async () => {
    const missing = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(`<Relationships><Relationship Id="rId1" Type="${WS_TYPE}" Target="worksheets/gone.xml"/></Relationships>`),
    });
    await expect(readSnapshotFromXlsx(missing)).rejects.toMatchObject({ code: 'damaged' });
  });
});

describe('our .xlsx reader agrees with exceljs', () => {
  it('on the bundled example', async () => {
    const bytes = new Uint8Array(fs.readFileSync('examples/ba-bich-2023.xlsx'));
    const reference = await exceljsSnapshot(bytes);
    expect(withoutUnknownFonts(await readSnapshotFromXlsx(bytes), reference)).toEqual(reference);
  });

  it('on values, formats, fonts, merges and dates exceljs wrote, in a 1904 workbook too', async () => {
    for (const date1904 of [false, true]) {
      const wb = new ExcelJS.Workbook();
      wb.properties.date1904 = date1904;
      const ws = wb.addWorksheet('Số liệu');
      ws.getCell('B2').value = 'Tiêu đề';
      ws.mergeCells('B2:E3');
      ws.getCell('B5').value = new Date(Date.UTC(2023, 11, 31, 16, 45));
      ws.getCell('B5').numFmt = 'dd/mm/yyyy hh:mm';
      ws.getCell('C5').value = { richText: [{ text: 'Cán ', font: { name: 'VNI-Times' } }, { text: 'bộ' }] };
      ws.getCell('D5').value = { formula: 'B5+1', result: new Date(Date.UTC(2024, 0, 1)) };
      ws.getCell('D5').numFmt = 'dd/mm/yyyy';
      ws.getCell('E5').value = 0.925;
      ws.getCell('E5').numFmt = '0.0%';
      ws.getCell('F5').value = { text: 'Cổng', hyperlink: 'https://example.org' };
      ws.getCell('G5').value = -1234.5;
      ws.getCell('G5').font = { name: '.VnTime' };
      const bytes = await workbookBytes(wb);
      const reference = await exceljsSnapshot(bytes);
      expect(withoutUnknownFonts(await readSnapshotFromXlsx(bytes), reference)).toEqual(reference);
    }
  });

  it('on hidden sheets, rows and columns exceljs wrote', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Cán bộ');
    ws.addRows([
      ['STT', 'Họ và tên', 'Ghi chú', 'Chức vụ'],
      [1, 'Nguyễn Văn A', 'x', 'Chủ tịch'],
      [2, 'Lê Thị B', 'y', 'Phó Chủ tịch'],
      [3, 'Trần C', 'z', 'Công chức'],
    ]);
    ws.getRow(3).hidden = true;
    ws.getColumn(3).hidden = true;
    const old = wb.addWorksheet('Cũ', { state: 'hidden' });
    old.getCell('A1').value = 'cũ';
    wb.addWorksheet('Ẩn hẳn', { state: 'veryHidden' }).getCell('A1').value = 1;
    const bytes = await workbookBytes(wb);
    const reference = await exceljsSnapshot(bytes);
    const ours = await readSnapshotFromXlsx(bytes);
    expect(withoutUnknownFonts(ours, reference)).toEqual(reference);
    expect(ours.sheets.map((s) => [s.visibility, s.hiddenRows, s.hiddenCols])).toEqual([
      [undefined, [2], [2]],
      ['hidden', undefined, undefined],
      ['veryHidden', undefined, undefined],
    ]);
  });

  it("reads the report sheet it wrote as the add-in's own, after a save", async () => {
    const host = await FileHost.open(new Uint8Array(fs.readFileSync('examples/ba-bich-2023.xlsx')));
    const before = await host.readSnapshot();
    const name = await host.writeReportSheet(reportSheetLayout(analyze(before), 'vi', 'pane'));
    const after = await host.readSnapshot();
    expect(after.sheets.filter((s) => s.madeByAddin).map((s) => s.name)).toEqual([name]);
    expect(after.sheets.filter((s) => !s.madeByAddin)).toEqual(before.sheets);
  });
});

describe('report copies of workbooks other programs wrote', () => {
  it('makes the copy of a workbook written with namespace prefixes, values kept', async () => {
    const bytes = xlsx({
      prefix: 'x:',
      sheets: [{ name: 'Hồ sơ', xml: '<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row></x:sheetData>' }],
      strings: '<x:si><x:t>Tiếp nhận</x:t></x:si>',
    });
    const host = await FileHost.open(bytes);
    const before = await host.readSnapshot();
    const name = await host.writeReportSheet(reportSheetLayout(analyze(before), 'vi', 'pane'));
    const copy = await FileHost.open(await host.save());
    const after = await copy.readSnapshot();
    expect(after.sheets.map((s) => s.name)).toEqual(['Hồ sơ', name]);
    expect(after.sheets[0].values).toEqual([['Tiếp nhận', 5]]);
  });

  it('says the figures were read and how to get a copy when a part the copy must edit is cut off', async () => {
    // Styles cut off in the middle of a tag: our reader does without them, the copy cannot add its styles.
    const bytes = xlsx({
      sheets: [{ name: 'A', xml: '<sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData>' }],
      styles: '<numFmts count="1"><numFmt numFmtId="164" formatCode="0',
    });
    const host = await FileHost.open(bytes);
    expect((await host.readSnapshot()).sheets[0].values).toEqual([[5]]);
    const err = await host.writeReportSheet(reportSheetLayout(analyze(await host.readSnapshot()), 'vi', 'pane')).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'damaged' });
    expect((err as { text: { vi: string } }).text.vi).toMatch(/Đã đọc được số liệu.*Lưu thành \(Save As\)/);
  });
});

describe('unprefixXml', () => {
  it('makes the prefix bound to SpreadsheetML the default namespace, other prefixes kept', () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(unprefixXml(xml)).toBe(
      `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
    );
  });

  it('does not declare the default namespace twice, and leaves unprefixed parts alone', () => {
    expect(unprefixXml(`<worksheet xmlns="${MAIN}" xmlns:x="${MAIN}"><x:sheetData/></worksheet>`)).toBe(`<worksheet xmlns="${MAIN}" ><sheetData/></worksheet>`);
    expect(unprefixXml(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`)).toBeNull();
  });
});
