/**
 * The Word summary (issue 14 point 2) on a real .docx read back: the Nghị định 30 page, the title,
 * the province's figures in sentences (summed here from the communes' own figures), the rankings'
 * ends, the communes to look at, and an appendix row per commune.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { analyze } from '../../src/core/analyze';
import { formatNumberVi, formatPercentVi } from '../../src/core/format';
import { buildRollup, communeResult, type Rollup } from '../../src/core/rollup';
import { buildRollupSummary, ends, SUMMARY_TITLE } from '../../src/core/rollup/word';
import { proseCount } from '../../src/core/word/text';
import { roundHalfAway } from '../../src/core/round';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { communeBytes, communeSpec, inBody, type CommuneSpec } from './communes';

jest.setTimeout(60000);

/** The text of each paragraph of the body, in order (tables' cells included). */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1])
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>'),
  );
}
/** A whole number or a percentage as the draft writes it ("60,6%", "100%"). */
const pctVi = (x: number) => formatPercentVi(x, Number.isInteger(roundHalfAway(x, 1)) ? 0 : 1);

const specs: CommuneSpec[] = [0, 1, 2, 3, 4].map((k) => communeSpec(k));
specs.push(communeSpec(5, { start: [1, 7, 2024], end: [31, 12, 2024] }));
specs.push(communeSpec(6, { withError: true }));
/** What the province's figures sum: every commune but the one of another period (index 5), left out. */
const summed = specs.filter((_, i) => i !== 5);
let rollup: Rollup;
let xml: string;
let text: string[];

beforeAll(async () => {
  const communes = [];
  for (let i = 0; i < specs.length; i++) {
    const a = analyze(await readSnapshotFromXlsx(await communeBytes(specs[i])));
    communes.push(communeResult(`/tmp/dot ${i % 2}/xa-${i + 1}.xlsx`, a));
  }
  rollup = buildRollup(communes, [{ file: '/tmp/dot 1/hong.xlsx', error: { code: 'damaged', message: 'Tệp bị hỏng.' } }]);
  const docx = await buildRollupSummary(rollup);
  xml = strFromU8(unzipSync(docx)['word/document.xml']);
  text = paragraphs(xml);
});

describe('the roll-up summary draft', () => {
  it('is laid out as Nghị định 30 asks: A4, national title, the report title', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(SUMMARY_TITLE);
    expect(text.some((t) => t.startsWith('Kính báo cáo'))).toBe(true);
    expect(text).toContain('Nơi nhận:');
  });

  it('states the province’s figures from the summed counts', () => {
    const received = summed.reduce((a, s) => a + s.tthc.reduce((b, r) => b + r.online + r.direct, 0), 0);
    const online = summed.reduce((a, s) => a + s.tthc.reduce((b, r) => b + r.online, 0), 0);
    const sentence = text.find((t) => t.startsWith('Các xã đã tiếp nhận'))!;
    expect(sentence).toContain(`tiếp nhận ${formatNumberVi(received)} hồ sơ TTHC`);
    expect(sentence).toContain(`trực tuyến ${formatNumberVi(online)} hồ sơ, đạt tỷ lệ ${pctVi((online / received) * 100)}`);
    const actual = summed.reduce((a, s) => a + s.budget.revActual, 0);
    expect(text.find((t) => t.startsWith('Thu ngân sách các xã'))).toContain(`thực hiện ${formatNumberVi(actual)} đồng`);
    expect(text.some((t) => t.includes('không lấy trung bình cộng'))).toBe(true);
    expect(text.some((t) => t.includes('hong.xlsx'))).toBe(true);
    // Files by their names only, never the folder they came from.
    expect(xml).not.toContain('/tmp/');
    expect(xml).not.toContain('dot 1');
  });

  it('states the dossiers by field and tables them as Biểu 06 does, summed over the communes', () => {
    const fields = [...new Set(summed.flatMap((s) => s.tthc.map((r) => r.field)))];
    const sentence = text.find((t) => t.startsWith('Theo lĩnh vực, hồ sơ tiếp nhận gồm'))!;
    for (const field of fields) {
      const rows = summed.flatMap((s) => s.tthc.filter((r) => r.field === field));
      const n = summed.filter((s) => s.tthc.some((r) => r.field === field)).length;
      expect(sentence).toContain(`${field} ${proseCount(rows.reduce((a, r) => a + r.online + r.direct, 0))} hồ sơ (${proseCount(n)} xã)`);
    }
    // The table: two header rows, a row per field, the province's total row.
    const table = xml.slice(xml.indexOf('<w:tbl>', xml.indexOf('Theo lĩnh vực')));
    const first = table.slice(0, table.indexOf('</w:tbl>'));
    expect((first.match(/<w:tr[ >]/g) ?? []).length).toBe(2 + fields.length + 1);
    const cells = paragraphs(first);
    expect(cells).toContain('Tổng cộng');
    expect(cells).toContain(formatNumberVi(rollup.totals.tthc!.received!));
  });

  it('names the top and bottom communes of each ranking', () => {
    // The commune of another period is never named in a ranking.
    const onTime = rollup.communes.map((c, i) => (i === 5 ? NaN : c.figures.tthc!.onTimePct!)).filter((x) => !Number.isNaN(x));
    const best = Math.max(...onTime);
    const worst = Math.min(...onTime);
    const line = text.find((t) => t.startsWith('1. Tỷ lệ hồ sơ giải quyết đúng hạn'))!;
    const [top, bottom] = line.split('thấp nhất là');
    expect(line).not.toContain(inBody(specs[5].agency));
    for (let i = 0; i < summed.length; i++) {
      const k = i < 5 ? i : i + 1;
      if (onTime[i] === best) expect(top).toContain(`${inBody(specs[k].agency)} (${pctVi(best)})`);
      if (onTime[i] === worst) expect(bottom).toContain(`${inBody(specs[k].agency)} (${pctVi(worst)})`);
    }
  });

  it('names the commune of another period and the one with errors', () => {
    // One reason and its handling for the commune of another period.
    expect(text.find((t) => t.startsWith('Các xã cần lưu ý về kỳ báo cáo'))).toContain(
      `${inBody(specs[5].agency)}: 01/07/2024 – 31/12/2024 (khác kỳ của đa số, không cộng vào tổng)`,
    );
    // … said to be left out of the province's figures, with its period.
    expect(text.find((t) => t.startsWith('Không cộng vào số liệu toàn tỉnh'))).toContain(`${inBody(specs[5].agency)} (01/07/2024 – 31/12/2024)`);
    expect(text.some((t) => t.startsWith(`Trên cơ sở báo cáo kết quả thực hiện công tác cải cách hành chính (CCHC) của ${proseCount(summed.length)} xã`))).toBe(
      true,
    );
    expect(text.find((t) => t.includes('còn lỗi trong số liệu'))).toContain(inBody(specs[6].agency));
  });

  it('ends with an appendix table of every commune', () => {
    const appendix = xml.slice(xml.lastIndexOf('<w:tbl>'));
    expect((appendix.match(/<w:tr[ >]/g) ?? []).length).toBe(specs.length + 1);
    for (const s of specs) expect(appendix).toContain(inBody(s.agency));
  });
});

describe('ends of a ranking', () => {
  it('names every commune tied at an edge', () => {
    const ranked = [
      { index: 0, value: 90, rank: 1 },
      { index: 1, value: 80, rank: 2 },
      { index: 2, value: 80, rank: 2 },
      { index: 3, value: 80, rank: 2 },
      { index: 4, value: 50, rank: 5 },
      { index: 5, value: 40, rank: 6 },
      { index: 6, value: null, rank: null },
    ];
    const { top, bottom } = ends(ranked, 2);
    expect(top.map((p) => p.index)).toEqual([0, 1, 2, 3]);
    expect(bottom.map((p) => p.index)).toEqual([5, 4]);
  });
});

describe('a commune sent twice, in the summary (tester 6 item 20)', () => {
  it('is said apart from the files that could not be used: a resend, not a broken file', async () => {
    const r = buildRollup(rollup.communes, [
      { file: '/tmp/dot 1/hong.xlsx', error: { code: 'damaged', message: 'Tệp bị hỏng.' } },
      { file: '/tmp/dot 1/xa-2 (1).xlsx', error: { code: 'duplicate', message: 'Trùng xã.' } },
    ]);
    const said = paragraphs(strFromU8(unzipSync(await buildRollupSummary(r))['word/document.xml']));
    const unusable = said.find((t) => t.includes('không dùng được'))!;
    expect(unusable).toContain('hong.xlsx');
    expect(unusable).not.toContain('xa-2 (1).xlsx');
    expect(said.find((t) => t.includes('bản gửi lại'))).toContain('xa-2 (1).xlsx');
  });
});
