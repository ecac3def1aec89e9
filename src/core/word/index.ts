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
  return new Document({
    creator: analysis.info.agency ?? 'UBND',
    title: analysis.info.title ?? 'Báo cáo cải cách hành chính',
    styles: documentStyles(),
    sections: [{ properties: pageProperties(), headers: pageHeaders(), children }],
  });
}

/** The .docx bytes; `uint8array` output works the same in Node and in the browser. */
export async function buildWordDraft(analysis: Analysis): Promise<Uint8Array> {
  return Packer.pack(buildDocument(analysis), 'uint8array');
}
