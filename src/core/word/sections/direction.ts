/** 2.1 Công tác chỉ đạo, điều hành: the count of documents issued, listed in a real footnote as in the seed. */
import type { Para } from '../model';
import { b, body, count2, joinVi, ph, type Part } from '../text';
import { area } from './area';
import { notProvided, periodParts, type Ctx } from './context';
import { citation, countsByType, documentRefs, footnoteLines, type DocRef } from './documentsList';

const FOOTNOTE_SIZE = 24;

function footPara(parts: Part[]): Para {
  return { kind: 'para', role: 'footnote', parts, run: { size: FOOTNOTE_SIZE }, align: 'both', spacing: { after: 40 } };
}

const trimEnd = (s: string) => s.replace(/[\s.;,:]+$/u, '');

/** "Thống kê văn bản ban hành (gồm: 03 quyết định, 04 công văn và 02 kế hoạch):" then one line per subject. */
export function documentsFootnote(docs: DocRef[]): Para[] {
  const byType = countsByType(docs).map(([type, n]) => [count2(n), ` ${type.toLocaleLowerCase('vi')}`]);
  const lines = footnoteLines(docs).map((l) => {
    const cites = l.docs.map(citation);
    const cite = cites.length > 1 ? `${cites.slice(0, -1).join(', ')} và ${cites[cites.length - 1]}` : cites[0];
    return footPara(['- ', l.summary ? trimEnd(l.summary) : ph('[Trích yếu nội dung văn bản]'), ` (tại ${cite}).`]);
  });
  return [footPara([b('Thống kê văn bản ban hành'), ' (gồm: ', ...joinVi(byType), '):']), ...lines];
}

function documentsParagraph(ctx: Ctx): Para {
  const table = ctx.analysis.tables.documents;
  if (!table) return body(['- ', ...notProvided('văn bản chỉ đạo, điều hành về CCHC đã ban hành')]);
  const docs = documentRefs(table.rows);
  if (!docs.length)
    return body(['- ', ph('[Bảng văn bản ban hành chưa có văn bản nào: nêu các văn bản chỉ đạo, điều hành về CCHC đã ban hành]')]);
  const n = count2(docs.length);
  return body([
    `- Trong kỳ báo cáo (`,
    ...periodParts(ctx),
    `), ${ctx.agency} đã thường xuyên, liên tục chỉ đạo triển khai các nhiệm vụ cải cách hành chính, với `,
    typeof n === 'string' ? b(n) : n,
    ' văn bản',
    { footnote: documentsFootnote(docs) },
    ' chỉ đạo, điều hành về CCHC.',
  ]);
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
