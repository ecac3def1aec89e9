/**
 * The report model of the draft (model.ts), built once from the analysis and rendered to .docx
 * (render/docx.ts) and HTML (render/html.ts): header block, title, body in the outline of
 * DOMAIN.md §1, closing line, signature block, and the appendix with the TTHC and staff tables,
 * laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I. Every date it writes, the clerk's included, is dd/mm/yyyy (dates.ts).
 */
import type { Analysis } from '../analyze';
import { appendix } from './appendix';
import { oneDateStyle, withOneDateStyle } from './dates';
import { headerBlock } from './headerBlock';
import type { ReportModel } from './model';
import { makeCtx } from './sections/context';
import { reportBody } from './sections';
import { closingLine, signatureBlock } from './signature';
import { summaryLine, title } from './title';

const SUBJECT = 'Báo cáo kết quả thực hiện công tác cải cách hành chính';

/**
 * The document's title property: "Báo cáo <trích yếu>", the type and the summary line the draft prints under
 * each other (title.ts: a trích yếu typed «Báo cáo …» is not doubled), or the generic subject.
 */
export function documentTitle(info: Analysis['info']): string {
  const t = summaryLine(info.title);
  if (!t) return SUBJECT;
  // «Kết quả …» runs on in lower case; a trích yếu typed in capitals stays as typed.
  const second = t.charAt(1);
  const runOn =
    second && second === second.toLocaleUpperCase('vi') && second !== second.toLocaleLowerCase('vi')
      ? t
      : `${t.charAt(0).toLocaleLowerCase('vi')}${t.slice(1)}`;
  return oneDateStyle(`Báo cáo ${runOn}`);
}

export function buildReport(analysis: Analysis): ReportModel {
  const ctx = makeCtx(analysis);
  return {
    // Word shows these in File > Info: the agency that drafts the report, never the library's "Un-named".
    creator: analysis.info.agency?.normalize('NFC').trim() || 'UBND xã',
    title: documentTitle(analysis.info),
    subject: SUBJECT,
    // Dates copied from the clerk's text as typed («08/7/2022») are written as the draft's own (08/07/2022).
    blocks: withOneDateStyle([
      headerBlock(analysis.info),
      ...title(analysis.info),
      ...reportBody(ctx),
      closingLine(analysis.info),
      // Keeps the closing line with the signature block.
      { kind: 'para', role: 'spacer', parts: [], run: {}, keepNext: true, spacing: { after: 0 } },
      signatureBlock(analysis.info),
      ...appendix(analysis),
    ]),
  };
}
