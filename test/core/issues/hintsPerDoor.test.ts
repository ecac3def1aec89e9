/**
 * Every hint names a control that exists where the clerk reads it (issue 11 §3). Every sentence of the
 * catalogue, and every hint a check may give instead of a sentence's own, is worded at each front door with
 * sample values; no door's hint may name another door's control: the web page has no table pin and no
 * selection on a sheet, the command line nothing to click. The controls are the pane's and the page's own
 * labels (src/ui/i18n.ts), so a renamed button breaks this test, not the clerk.
 */
import {
  PHRASES,
  PIN_HINTS,
  SENTENCES,
  issueText,
  type Bilingual,
  type FrontDoor,
  type HintKey,
  type Issue,
  type IssueParams,
  type Lang,
  type PinHintKey,
  type SentenceEntry,
  type SentenceKey,
} from '../../../src/core/issues';
import { STRINGS, type StringKey } from '../../../src/ui/i18n';

const DOORS: FrontDoor[] = ['pane', 'web', 'cli'];
const LANGS: Lang[] = ['vi', 'en'];

/**
 * What a hint may name at each door: the pane pins a table («Ghim bảng vào vùng đang chọn», under «Các bảng
 * số liệu») and a field («Ghim cột»); the page pins only a field («Ghim cột», its column chosen from a list);
 * the command line nothing.
 */
const CONTROLS: Record<FrontDoor, StringKey[]> = {
  pane: ['pinToSelection', 'pinColumn', 'tablesFound'],
  web: ['pinColumn', 'tablesFound'],
  cli: [],
};
const ALL_CONTROLS = [...new Set(Object.values(CONTROLS).flat())];

/** Words that put the clerk where the door is not. */
const ELSEWHERE: Record<FrontDoor, RegExp[]> = {
  // The pane has the sheet's selection: it never sends the clerk to the page's list.
  pane: [/trang web|web page|danh sách dưới vấn đề|from the list/i],
  // The page has no selection, no pane: «Ghim bảng vào vùng đang chọn» and "khung Báo cáo CCHC" are not there.
  web: [/khung Báo cáo CCHC|CCHC pane|ở khung|in the pane/i, /chọn (vùng|một ô)[^.;]*trên sheet|select[^.;]* on the sheet/i],
  // Nothing to click or select on the command line.
  cli: [/\bbấm\b|\bclick\b/i, /\bchọn (vùng|một ô|cột)|\bselect\b|\bchoose\b/i],
};

const holes = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
const texts = (t: Bilingual | string): Bilingual[] =>
  typeof t !== 'string' ? [t] : t in PIN_HINTS ? DOORS.map((d) => PIN_HINTS[t as PinHintKey][d]) : [PHRASES[t as keyof typeof PHRASES]];

/** An issue of sentence `key` (with hint `hintKey` instead of its own, if given), each placeholder a sample value. */
function sample(key: SentenceKey, hintKey?: HintKey): Issue {
  const entry: SentenceEntry = SENTENCES[key];
  const templates = [entry.message, ...(hintKey ? [hintKey] : entry.hint ? [entry.hint] : [])].flatMap(texts);
  const params: IssueParams = {};
  for (const t of templates) for (const h of [...holes(t.vi), ...holes(t.en)]) params[h] = `«mẫu ${h}»`;
  const i: Issue = { code: entry.code, severity: 'error', sheet: 'Thu chi', cell: 'B5', table: 'budget', field: 'actual', sentence: key, params };
  if (hintKey) i.hintKey = hintKey;
  return i;
}

/** Every sentence with its own hint, then every hint a check may give instead (phrases and pin hints) on one sentence. */
const SAMPLES: Issue[] = [
  ...(Object.keys(SENTENCES) as SentenceKey[]).map((k) => sample(k)),
  ...([...Object.keys(PHRASES), ...Object.keys(PIN_HINTS)] as HintKey[]).map((h) => sample('blank-cell', h)),
];

/** `door`'s hints in `lang`, each with the sentence it came from. */
const hintsAt = (door: FrontDoor, lang: Lang) =>
  SAMPLES.map((i) => ({ what: `${i.sentence}${i.hintKey ? ` + ${i.hintKey}` : ''}`, hint: issueText(i, lang, door).hint ?? '' })).filter((h) => h.hint);

describe.each(DOORS)('the hints read at the %s', (door) => {
  it.each(LANGS)('in %s name no control of another front door', (lang) => {
    const bad: string[] = [];
    for (const { what, hint } of hintsAt(door, lang)) {
      for (const c of ALL_CONTROLS) if (hint.includes(`«${STRINGS[lang][c]}»`) && !CONTROLS[door].includes(c)) bad.push(`${what}: «${STRINGS[lang][c]}»`);
      for (const re of ELSEWHERE[door]) if (re.test(hint)) bad.push(`${what}: ${re} in ${hint}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('a hint that asks for a pin says how at each door', () => {
  /** What a pin hint must hold at each door: a control there, or (web, command line) where pins are made. */
  const MEANS: Record<FrontDoor, Record<Lang, RegExp>> = {
    pane: { vi: /bấm «(Ghim bảng vào vùng đang chọn|Ghim cột)»/, en: /click «(Pin table to the selection|Pin column)»/ },
    web: { vi: /bấm «Ghim cột»|trong Excel có tiện ích Báo cáo CCHC/, en: /click «Pin column»|in Excel with the CCHC report add-in/ },
    cli: { vi: /lệnh này đọc các ghim lưu trong tệp/, en: /this command reads the pins saved in the file/ },
  };

  it.each(Object.keys(PIN_HINTS))('%s', (key) => {
    const i = sample('blank-cell', key as PinHintKey);
    for (const door of DOORS) for (const lang of LANGS) expect(issueText(i, lang, door).hint).toMatch(MEANS[door][lang]);
  });

  it('the sentences that ask for a pin give one of these hints (a missing table, a column, a range not read)', () => {
    const pinning = (Object.entries(SENTENCES) as [SentenceKey, SentenceEntry][]).filter(([, e]) => typeof e.hint === 'string' && e.hint in PIN_HINTS);
    expect(pinning.map(([k]) => k).sort()).toEqual(
      [
        'budget-tables-disagree',
        'column-from-parts',
        'column-from-difference',
        'column-named-twice',
        'column-not-found',
        'column-period-differs',
        'optional-table-not-found',
        'other-candidate',
        'part-column-not-found',
        'period-columns-read',
        'pin-not-found',
        'share-from-votes',
        'staff-part-left-out',
        'table-not-found',
        'table-other-measure',
        'table-other-period',
        'table-second',
        'table-unread',
        'values-against-table',
        'words-against-table',
      ].sort(),
    );
  });

  it('the page names the pane and its button nowhere, the pane names its own', () => {
    const missing = sample('table-not-found');
    expect(issueText(missing, 'vi', 'pane').hint).toContain('«Ghim bảng vào vùng đang chọn»');
    expect(issueText(missing, 'vi', 'web').hint).not.toContain('«Ghim bảng vào vùng đang chọn»');
    expect(issueText(missing, 'vi', 'web').hint).not.toContain('khung Báo cáo CCHC');
    expect(issueText(missing, 'vi', 'cli').hint).not.toMatch(/bấm/);
    // The message is the same at every door: only the advice differs.
    expect(new Set(DOORS.map((d) => issueText(missing, 'vi', d).message)).size).toBe(1);
  });
});
