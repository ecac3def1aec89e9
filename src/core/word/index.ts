/**
 * The Word draft of the CCHC report (.docx), laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I:
 * header block, title, body in the outline of DOMAIN.md §1, closing line, signature block,
 * and an appendix with the TTHC and staff tables. Pure: returns the bytes; the host saves them.
 */
import { Document, Packer, Paragraph, type Table } from 'docx';
import type { Analysis } from '../analyze';
import { appendix } from './appendix';
import { headerBlock } from './headerBlock';
import { documentStyles, pageHeaders, pageProperties } from './page';
import { makeCtx } from './sections/context';
import { reportBody } from './sections';
import { closingLine, signatureBlock } from './signature';
import { title } from './title';

/** The document's title property: "Báo cáo <trích yếu>" (the title line of the report), or the generic subject. */
export function documentTitle(info: Analysis['info']): string {
  const t = info.title?.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!t) return 'Báo cáo kết quả thực hiện công tác cải cách hành chính';
  return /^báo cáo\b/iu.test(t) ? t : `Báo cáo ${t.charAt(0).toLocaleLowerCase('vi')}${t.slice(1)}`;
}

export function buildDocument(analysis: Analysis): Document {
  const ctx = makeCtx(analysis);
  const children: (Paragraph | Table)[] = [
    headerBlock(analysis.info),
    ...title(analysis.info),
    ...reportBody(ctx),
    closingLine(analysis.info),
    new Paragraph({ keepNext: true, spacing: { after: 0 }, children: [] }),
    signatureBlock(analysis.info),
    ...appendix(analysis),
  ];
  // Word shows these in File > Info: the agency that drafts the report, never the library's "Un-named".
  const agency = analysis.info.agency?.normalize('NFC').trim() || 'UBND xã';
  return new Document({
    creator: agency,
    lastModifiedBy: agency,
    title: documentTitle(analysis.info),
    subject: 'Báo cáo kết quả thực hiện công tác cải cách hành chính',
    styles: documentStyles(),
    sections: [{ properties: pageProperties(), headers: pageHeaders(), children }],
  });
}

/** The .docx bytes; `uint8array` output works the same in Node and in the browser. */
export async function buildWordDraft(analysis: Analysis): Promise<Uint8Array> {
  return Packer.pack(buildDocument(analysis), 'uint8array');
}
