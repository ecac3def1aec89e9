/** 2.1 Công tác chỉ đạo, điều hành: the count of documents issued, listed in a real footnote as in the seed. */
import type { Para } from '../model';
import { UNKNOWN_DOCUMENT_TYPE } from '../../figures/documents';
import { fold } from '../../text/fold';
import { agencyShort } from '../names';
import { b, body, count, isSeg, italic, joinVi, lowerFirst, ph, plain, type Part } from '../text';
import { area } from './area';
import { marked } from '../marks';
import { notProvided, periodParts, type Ctx } from './context';
import { citation, countsByType, documentRefs, footnoteLines, type DocRef } from './documentsList';
import { issuedInPeriod } from '../../figures/documents';

const FOOTNOTE_SIZE = 24;

function footPara(parts: Part[]): Para {
  return { kind: 'para', role: 'footnote', parts, run: { size: FOOTNOTE_SIZE }, align: 'both', spacing: { after: 40 } };
}

const trimEnd = (s: string) => s.replace(/[\s.;,:]+$/u, '');

/**
 * The subject led by the document's type, as the seed writes it: "Về việc ban hành …" of a decision ->
 * "Quyết định về việc ban hành …"; a subject that already starts with its type is kept as typed.
 */
export function subjectLine(type: string, summary: string | null): Part[] {
  const lead = type === UNKNOWN_DOCUMENT_TYPE ? '' : `${type} `;
  if (!summary) return [lead, ph('[Trích yếu nội dung văn bản]')];
  const s = trimEnd(summary);
  if (!lead || fold(s).startsWith(fold(type))) return [s];
  // Lower-case the first letter unless the subject starts with an acronym ("UBND", "TTHC").
  return [lead + (/^\p{Lu}\p{Ll}/u.test(s) ? lowerFirst(s) : s)];
}

/**
 * "Thống kê văn bản ban hành (gồm: 03 quyết định, 04 công văn và 02 kế hoạch):" then one line per subject:
 * "- Quyết định về việc … (tại Quyết định số 175/QĐ-UBND ngày 28/12/2022 của UBND xã)." (the seed's footnote 1).
 */
export function documentsFootnote(docs: DocRef[], issuer: string): Para[] {
  const byType = countsByType(docs).map(([type, n]) => [count(n), ` ${type.toLocaleLowerCase('vi')}`]);
  const lines = footnoteLines(docs).map((l) => {
    const cites = l.docs.map(citation);
    const cite = cites.length > 1 ? `${cites.slice(0, -1).join(', ')} và ${cites[cites.length - 1]}` : cites[0];
    return footPara(['- ', ...subjectLine(l.type, l.summary), ' (', ...italic(`tại ${cite} của ${issuer}`), ').']);
  });
  return [footPara([b('Thống kê văn bản ban hành'), ' (gồm: ', ...joinVi(byType), '):']), ...lines];
}

function documentsParagraph(ctx: Ctx): Para {
  const table = ctx.analysis.tables.documents;
  if (!table) return body(['- ', ...notProvided('văn bản chỉ đạo, điều hành về CCHC đã ban hành')]);
  if (table.located.countsByKind) return countsParagraph(ctx);
  // Documents issued in the period, as the figures count them (a yearly register read for a quarter).
  const docs = documentRefs(table.rows).filter((d) => issuedInPeriod(d.date, ctx.analysis.info));
  if (!docs.length) return body(['- ', ph('[Bảng văn bản ban hành chưa có văn bản nào: nêu các văn bản chỉ đạo, điều hành về CCHC đã ban hành]')]);
  const n = count(docs.length);
  const figure = marked(ctx.analysis, [typeof n === 'string' ? b(n) : n, ' văn bản'], 'documents.total');
  const footnote = { footnote: documentsFootnote(docs, agencyShort(ctx.analysis.info)) };
  const lead = [`- Trong kỳ báo cáo (`, ...periodParts(ctx), `), ${ctx.agency} đã ban hành `];
  // A general outgoing register: the count stays the table's rows, but they are not claimed to be about CCHC.
  const offTopic = ctx.analysis.issues.find((i) => i.sentence === 'not-about-reform');
  if (offTopic) {
    const off = offTopic.params.count;
    const cells = `${offTopic.sheet}!${offTopic.cell.replace(/, /g, '; ')}${typeof off === 'number' && off > 3 ? '; …' : ''}`;
    return body([
      ...lead,
      ...figure.map((p): Part => (typeof p === 'string' ? { text: p, ph: true } : isSeg(p) ? { ...p, ph: true } : p)),
      footnote,
      ph(`, trong đó ${plain([count(typeof off === 'number' ? off : 0)])} văn bản có trích yếu không thấy nói về CCHC [cần xem lại: ${cells}]`),
      '.',
    ]);
  }
  // The figure only: how the committee directs ("thường xuyên, liên tục…") is the clerk's to say, once.
  return body([
    ...lead,
    // An unreadable date or a missing number leaves the count in doubt: marked where it stands.
    ...figure,
    footnote,
    ' chỉ đạo, điều hành về CCHC.',
  ]);
}

/**
 * Documents kept as counts by kind (read/documentCounts.ts): the count and its kinds in the sentence, as the seed's
 * footnote opens («gồm: 12 quyết định, 30 công văn …»); no document to cite, so no footnote.
 */
function countsParagraph(ctx: Ctx): Para {
  const f = ctx.analysis.figures.documents;
  const n = count(f?.total ?? null);
  const figure = marked(ctx.analysis, [typeof n === 'string' ? b(n) : n, ' văn bản'], 'documents.total');
  const kinds = Object.entries(f?.byType ?? {})
    .filter(([, k]) => k > 0)
    .map(([type, k]) => [count(k), ` ${type.toLocaleLowerCase('vi')}`]);
  const detail: Part[] = kinds.length > 0 ? [' (gồm: ', ...joinVi(kinds), ')'] : [];
  return body([`- Trong kỳ báo cáo (`, ...periodParts(ctx), `), ${ctx.agency} đã ban hành `, ...figure, ...detail, ' chỉ đạo, điều hành về CCHC.']);
}

export function direction(ctx: Ctx): Para[] {
  return area(ctx, {
    key: '2.1',
    title: 'Công tác chỉ đạo, điều hành',
    figures: [documentsParagraph(ctx)],
    resultNote: 'Nêu kết quả chỉ đạo, điều hành công tác cải cách hành chính: kế hoạch, cuộc họp, kiểm tra, đổi mới trong chỉ đạo',
    limitNote: 'Nêu hạn chế, khó khăn trong công tác chỉ đạo, điều hành và nguyên nhân',
  });
}
