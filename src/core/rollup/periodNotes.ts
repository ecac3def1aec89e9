/**
 * What the roll-up says about the communes' periods (period.ts), the same words in the command line,
 * the workbook, the Word summary and the web page: one sentence for the whole, one reason per commune,
 * and whether that commune was summed.
 */
import type { Lang } from '../issues';
import { noPeriod } from './period';
import { communeName, periodText } from './sheets';
import type { CommuneResult, Rollup } from './types';

const T = (lang: Lang, vi: string, en: string) => (lang === 'en' ? en : vi);

/**
 * The flag a total carries when the period summed is not that of more than half of the communes (period.ts: the most
 * communes', or the latest of a tie): «kỳ 01/01/2025 – 31/03/2025», so the total says which period it covers. "" else.
 */
export function totalsPeriodFlag(r: Rollup, lang: Lang): string {
  const p = r.period.majority;
  if (!p || r.period.chosen === 'majority') return '';
  return T(lang, `kỳ ${periodText(p.start, p.end, lang)}`, `period ${periodText(p.start, p.end, lang)}`);
}

/**
 * One commune's period with its one reason and its handling: "01/01/2023 – 31/03/2023", "không ghi kỳ
 * báo cáo (vẫn cộng vào tổng)", "… (khác kỳ của đa số, không cộng vào tổng)", "… (khác kỳ được tổng hợp,
 * không cộng vào tổng)" (the majority's, or the period summed without one: period.ts). `i` indexes `r.communes`.
 */
export function communePeriodLine(r: Rollup, i: number, lang: Lang): string {
  const c = r.communes[i];
  const text = periodText(c.periodStart, c.periodEnd, lang);
  const note = communePeriodNote(r, i, lang);
  return note ? `${text} (${note})` : text;
}

/** The reason and handling alone ("" for a commune of the majority's period, or when nobody states one). */
export function communePeriodNote(r: Rollup, i: number, lang: Lang): string {
  const c = r.communes[i];
  if (noPeriod(c)) return r.period.majority ? T(lang, 'vẫn cộng vào tổng', 'still summed') : '';
  if (!r.leftOut[i]) return '';
  return r.period.chosen === 'majority'
    ? T(lang, 'khác kỳ của đa số, không cộng vào tổng', 'differs from the majority, not summed')
    : T(lang, 'khác kỳ được tổng hợp, không cộng vào tổng', 'not the period summed, not summed');
}

/** "A (f1, f2); B (f3)": each period stated, with the communes stating it, in input order. */
function periodsListed(communes: CommuneResult[], lang: Lang): string {
  const groups = new Map<string, string[]>();
  for (const c of communes) {
    const k = periodText(c.periodStart, c.periodEnd, lang);
    groups.set(k, [...(groups.get(k) ?? []), communeName(c)]);
  }
  return [...groups].map(([p, names]) => `${p} (${names.join(', ')})`).join('; ');
}

/**
 * The one sentence on the communes' periods: the majority's; or that they differ (listed), which one the totals are
 * of and why (the most communes', the latest of a tie), the others left out.
 */
export function periodSummary(r: Rollup, lang: Lang): string {
  const stated = r.communes.filter((c) => !noPeriod(c));
  const maj = r.period.majority;
  if (maj && r.period.chosen === 'majority') {
    const n = stated.length - r.communes.filter((c, i) => r.period.differs[i] && !noPeriod(c)).length;
    const p = periodText(maj.start, maj.end, lang);
    return T(
      lang,
      `Kỳ báo cáo của đa số các xã (${n} trong ${stated.length} xã có ghi kỳ): ${p}.`,
      `The majority's period (${n} of the ${stated.length} communes stating one): ${p}.`,
    );
  }
  if (maj) {
    const n = r.communes.filter((c, i) => !r.period.differs[i] && !noPeriod(c)).length;
    const p = periodText(maj.start, maj.end, lang);
    const latest = r.period.chosen === 'latest';
    return T(
      lang,
      `Kỳ báo cáo của các xã khác nhau, không kỳ nào được quá nửa số xã có ghi kỳ: ${periodsListed(
        r.communes.filter((c) => !noPeriod(c)),
        lang,
      )}. ` +
        `Số liệu tổng hợp là của kỳ ${p}, ${latest ? 'kỳ gần nhất trong các kỳ có nhiều xã nhất' : 'kỳ có nhiều xã nhất'} (${n} trong ${stated.length} xã có ghi kỳ); không cộng các xã khác kỳ, để không cộng lẫn số liệu của các kỳ khác nhau.`,
      `The communes' periods differ, none stated by more than half of those stating one: ${periodsListed(
        r.communes.filter((c) => !noPeriod(c)),
        lang,
      )}. ` +
        `The totals are of ${p}, ${latest ? 'the latest of the periods most communes state' : 'the period most communes state'} (${n} of the ${stated.length} stating one); communes of other periods are left out, so that no total mixes periods.`,
    );
  }
  return T(lang, 'Không xã nào ghi kỳ báo cáo; đã cộng tất cả các xã.', 'No commune gives its period; every commune is summed.');
}
