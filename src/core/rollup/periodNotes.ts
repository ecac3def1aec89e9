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

/** The flag every total carries when the communes' periods differ and none has a majority. */
export const mixedFlag = (lang: Lang) => T(lang, 'kỳ báo cáo khác nhau', 'periods differ');

/**
 * One commune's period with its one reason and its handling: "01/01/2023 – 31/03/2023", "không ghi kỳ
 * báo cáo (vẫn cộng vào tổng)", "… (khác kỳ của đa số, không cộng vào tổng)", "… (kỳ báo cáo khác nhau,
 * vẫn cộng vào tổng)". `i` indexes `r.communes`.
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
  if (noPeriod(c)) return r.period.majority || r.period.mixed ? T(lang, 'vẫn cộng vào tổng', 'still summed') : '';
  if (r.leftOut[i]) return T(lang, 'khác kỳ của đa số, không cộng vào tổng', 'differs from the majority, not summed');
  if (r.period.mixed) return T(lang, 'kỳ báo cáo khác nhau, vẫn cộng vào tổng', 'periods differ, still summed');
  return '';
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

/** The one sentence on the communes' periods: the majority's, or that they differ (listed) and all were summed. */
export function periodSummary(r: Rollup, lang: Lang): string {
  const stated = r.communes.filter((c) => !noPeriod(c));
  const maj = r.period.majority;
  if (maj) {
    const n = stated.length - r.communes.filter((c, i) => r.period.differs[i] && !noPeriod(c)).length;
    const p = periodText(maj.start, maj.end, lang);
    return T(
      lang,
      `Kỳ báo cáo của đa số các xã (${n} trong ${stated.length} xã có ghi kỳ): ${p}.`,
      `The majority's period (${n} of the ${stated.length} communes stating one): ${p}.`,
    );
  }
  if (r.period.mixed)
    return T(
      lang,
      `Kỳ báo cáo của các xã khác nhau, không kỳ nào được quá nửa số xã có ghi kỳ: ${periodsListed(r.communes, lang)}; đã cộng tất cả các xã, mọi số liệu tổng hợp đều ghi «${mixedFlag(lang)}».`,
      `The communes' periods differ, none stated by more than half of those stating one: ${periodsListed(r.communes, lang)}; every commune is summed and every total is marked «${mixedFlag(lang)}».`,
    );
  return T(lang, 'Không xã nào ghi kỳ báo cáo; đã cộng tất cả các xã.', 'No commune gives its period; every commune is summed.');
}
