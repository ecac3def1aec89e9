/**
 * A short formatted version of the draft, for Excel on Mac where the pane cannot download a
 * .docx: the user copies it and pastes it into Word. It states the core's figures in the
 * report's sentences; what cannot be stated is a highlighted placeholder, as in the Word draft.
 */
import type { Analysis } from '../core/analyze';
import type { N } from '../core/figures/types';
import { formatDateVi, formatNumberVi, formatPercentVi } from '../core/format';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const TODO = '<mark>[…]</mark>';

function num(x: N): string {
  return x === null ? TODO : esc(formatNumberVi(x));
}

function pct(x: N, decimals: number): string {
  return x === null ? TODO : esc(formatPercentVi(x, decimals));
}

function text(x: string | null): string {
  return x ? esc(x) : TODO;
}

const p = (html: string) => `<p style="text-align:justify;text-indent:1cm">${html}</p>`;
const h = (html: string) => `<p><b>${html}</b></p>`;

export function draftHtml(a: Analysis): string {
  const { info, figures: f } = a;
  const d = info.decimals;
  const out: string[] = [];

  out.push(`<p><b>${text(info.agency)}</b><br>Số: ${text(info.number)}</p>`);
  const date = info.reportDate === null ? TODO : esc(formatDateVi(info.reportDate));
  out.push(`<p style="text-align:right"><i>${text(info.place)}, ngày ${date}</i></p>`);
  out.push(`<p style="text-align:center"><b>BÁO CÁO</b><br><b>${text(info.title)}</b></p>`);
  if (info.periodStart !== null && info.periodEnd !== null) {
    out.push(p(`<i>Số liệu tính từ ngày ${esc(formatDateVi(info.periodStart))} đến ngày ${esc(formatDateVi(info.periodEnd))}.</i>`));
  }

  out.push(h('II. KẾT QUẢ THỰC HIỆN'));
  if (f.indicators?.length) {
    out.push(h('1. Kết quả thực hiện các chỉ tiêu'));
    for (const i of f.indicators) {
      out.push(p(`- ${esc(i.name)}: kế hoạch ${pct(i.target, d)}, thực hiện ${pct(i.actual, d)}, đạt ${pct(i.achievement, d)} so với chỉ tiêu.`));
    }
  }
  if (f.survey) {
    const s = f.survey;
    out.push(
      p(
        `- Mức độ hài lòng của người dân, tổ chức: rất hài lòng ${pct(s.veryHigh, d)}, hài lòng ${pct(s.high, d)}, ` +
          `bình thường ${pct(s.neutral, d)}, không hài lòng ${pct(s.low, d)}; tỷ lệ hài lòng đạt ${pct(s.satisfied, d)}.`,
      ),
    );
  }
  if (f.documents) {
    const parts = Object.entries(f.documents.byType).map(([type, n]) => `${esc(formatNumberVi(n))} ${esc(type)}`);
    out.push(h('2.1. Công tác chỉ đạo, điều hành'));
    out.push(p(`UBND xã đã ban hành ${esc(formatNumberVi(f.documents.total))} văn bản${parts.length ? ` (${parts.join(', ')})` : ''}.`));
  }
  if (f.tthc) {
    const x = f.tthc;
    out.push(h('2.3. Cải cách thủ tục hành chính'));
    out.push(p(`+ Số lượng hồ sơ tiếp nhận: ${num(x.received)} hồ sơ (trực tuyến ${num(x.online)} hồ sơ, trực tiếp ${num(x.direct)} hồ sơ, kỳ trước chuyển qua ${num(x.carriedOver)} hồ sơ); tỷ lệ tiếp nhận trực tuyến ${pct(x.onlinePct, d)}.`));
    out.push(p(`+ Số hồ sơ đã giải quyết: ${num(x.resolved)} hồ sơ (trước hạn ${num(x.early)}, đúng hạn ${num(x.onTime)}, quá hạn ${num(x.late)}); tỷ lệ giải quyết đúng hạn ${pct(x.onTimePct, d)}, quá hạn ${pct(x.latePct, d)}.`));
    out.push(p(`+ Số hồ sơ đang giải quyết: ${num(x.pending)} hồ sơ (trong hạn ${num(x.pendingInTime)}, quá hạn ${num(x.pendingOverdue)}).`));
  }
  if (f.staff) {
    const s = f.staff;
    const e = s.education;
    out.push(h('2.4. Cải cách tổ chức bộ máy'));
    out.push(p(`Tổng số cán bộ, công chức: ${num(s.total)} người (cán bộ ${num(s.canBo)}, công chức ${num(s.congChuc)}); người hoạt động không chuyên trách: ${num(s.khongChuyenTrach)} người.`));
    out.push(h('2.5. Cải cách chế độ công vụ'));
    out.push(
      p(
        `Trình độ chuyên môn: sau đại học ${num(e.postgraduate.count)} (${pct(e.postgraduate.pct, d)}), đại học ${num(e.university.count)} (${pct(e.university.pct, d)}), ` +
          `cao đẳng ${num(e.college.count)} (${pct(e.college.pct, d)}), trung cấp ${num(e.secondary.count)} (${pct(e.secondary.pct, d)}), chưa qua đào tạo ${num(e.none.count)} (${pct(e.none.pct, d)}).`,
      ),
    );
  }
  if (f.budget || f.investment) out.push(h('2.6. Cải cách tài chính công'));
  if (f.budget) {
    for (const [label, side] of [['Tổng thu ngân sách', f.budget.revenue], ['Tổng chi ngân sách', f.budget.expenditure]] as const) {
      out.push(p(`- ${label}: ${num(side.actual)} đồng, đạt ${pct(side.pctSuperior, d)} dự toán cấp trên giao và ${pct(side.pctCouncil, d)} dự toán HĐND xã giao.`));
    }
  }
  if (f.investment) {
    const i = f.investment;
    out.push(p(`- Vốn đầu tư công: kế hoạch ${num(i.plan)} đồng, đã giải ngân ${num(i.disbursed)} đồng, đạt ${pct(i.pct, d)}.`));
  }
  out.push(`<p style="text-align:right"><b>${text(info.signAuthority)}<br>${text(info.signerTitle)}</b><br><br><br><b>${text(info.signer)}</b></p>`);
  return `<div style="font-family:'Times New Roman',serif;font-size:14pt">${out.join('\n')}</div>`;
}

/** The same contents as plain text, for the clipboard's text/plain flavour. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<\/p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}
