/**
 * The signature block follows the signer (Nghị định 30/2020, Phụ lục I): "KT. CHỦ TỊCH" over
 * "PHÓ CHỦ TỊCH", "TL." and "TUQ." as given, titles on several lines kept as lines; and the
 * document's properties name the agency (issue 10, points 5 and 7).
 */
import { buildWordDraft } from '../../../src/core/word';
import { signatureLines } from '../../../src/core/word/signature';
import { paragraphs, SEED_INFO, seedAnalysis, unzipDocx } from './fixture';
import type { ReportInfo } from '../../../src/core/reportInfo';

const sign = (signAuthority: string | null, signerTitle: string | null) => signatureLines({ ...SEED_INFO, signAuthority, signerTitle });

describe('signature lines', () => {
  test('the chairman for the committee (default)', () => {
    expect(sign(null, null)).toEqual({ authority: ['TM. ỦY BAN NHÂN DÂN'], title: ['CHỦ TỊCH'] });
    expect(sign('TM. Ủy ban nhân dân', 'Chủ tịch')).toEqual({ authority: ['TM. ỦY BAN NHÂN DÂN'], title: ['CHỦ TỊCH'] });
  });

  test('a vice-chairman signs "KT." the chairman, under the committee', () => {
    expect(sign(null, 'Phó Chủ tịch')).toEqual({ authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: ['PHÓ CHỦ TỊCH'] });
    expect(sign('TM. UỶ BAN NHÂN DÂN', 'PHÓ CHỦ TỊCH')).toEqual({ authority: ['TM. UỶ BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: ['PHÓ CHỦ TỊCH'] });
    // Given already: not said twice.
    expect(sign('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH', 'Phó Chủ tịch')).toEqual({ authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: ['PHÓ CHỦ TỊCH'] });
    expect(sign('KT. Chủ tịch', null)).toEqual({ authority: ['KT. CHỦ TỊCH'], title: ['PHÓ CHỦ TỊCH'] });
  });

  test("TL. and TUQ. over the signer's own title; unknown title left to fill", () => {
    expect(sign('TL. Chủ tịch', 'Chánh Văn phòng')).toEqual({ authority: ['TL. CHỦ TỊCH'], title: ['CHÁNH VĂN PHÒNG'] });
    expect(sign('TUQ. Chủ tịch', 'Công chức Văn phòng - Thống kê')).toEqual({ authority: ['TUQ. CHỦ TỊCH'], title: ['CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ'] });
    expect(sign('TUQ. CHỦ TỊCH', null)).toEqual({ authority: ['TUQ. CHỦ TỊCH'], title: null });
  });

  test('titles on several lines keep their lines', () => {
    expect(sign('TM. ỦY BAN NHÂN DÂN\r\n KT. CHỦ TỊCH ', 'PHÓ CHỦ TỊCH\nkiêm Trưởng Công an xã')).toEqual({
      authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
      title: ['PHÓ CHỦ TỊCH', 'KIÊM TRƯỞNG CÔNG AN XÃ'],
    });
  });
});

async function docOf(info: Partial<ReportInfo>) {
  const a = seedAnalysis();
  a.info = { ...a.info, ...info };
  return unzipDocx(await buildWordDraft(a));
}

test('the .docx: a vice-chairman signing for the chairman, each line its own bold paragraph, the name last', async () => {
  const parts = await docOf({ signAuthority: null, signerTitle: 'Phó Chủ tịch', signer: 'Đinh Văn Hòa' });
  const text = paragraphs(parts['word/document.xml']);
  const k = text.indexOf('TM. ỦY BAN NHÂN DÂN');
  expect(text.slice(k, k + 4)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Đinh Văn Hòa']);
});

test('the .docx: TUQ. with no title leaves a highlighted place for it', async () => {
  const parts = await docOf({ signAuthority: 'TUQ. Chủ tịch', signerTitle: null });
  const doc = parts['word/document.xml'];
  const text = paragraphs(doc);
  const k = text.indexOf('TUQ. CHỦ TỊCH');
  expect(text[k + 1]).toBe('[CHỨC VỤ NGƯỜI KÝ]');
  expect(doc).toMatch(/<w:highlight w:val="yellow"\/>(?:(?!<\/w:p>).)*\[CHỨC VỤ NGƯỜI KÝ\]/s);
});

test('document properties name the agency: author, last modified by, title', async () => {
  const core = (await docOf({}))['docProps/core.xml'];
  expect(core).toContain('<dc:creator>UBND XÃ BA BÍCH</dc:creator>');
  expect(core).toContain('<cp:lastModifiedBy>UBND XÃ BA BÍCH</cp:lastModifiedBy>');
  expect(core).not.toContain('Un-named');
  expect(core).toMatch(/<dc:title>Báo cáo [^<]+<\/dc:title>/);
  const none = (await docOf({ agency: null, title: null }))['docProps/core.xml'];
  expect(none).not.toContain('Un-named');
  expect(none).toContain('<dc:title>Báo cáo kết quả thực hiện công tác cải cách hành chính</dc:title>');
});
