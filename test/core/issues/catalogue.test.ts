/**
 * The issue catalogue (issue 13 point 1): every code of the contract has its entry in both languages, every
 * sentence its message and hint in both (a pin hint at every front door), and every issue raised on
 * ../shared/cases and the example is worded in both languages, at every door, with every placeholder filled.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  CODE_CATALOGUE,
  ISSUE_CODES,
  PHRASES,
  PIN_HINTS,
  SENTENCES,
  issueText,
  type Bilingual,
  type FrontDoor,
  type Issue,
  type PhraseKey,
  type PinHintKey,
  type SentenceEntry,
} from '../../../src/core/issues';
import { FileHost } from '../../../src/hosts/file';
import { analyze } from '../../../src/core/analyze';

/** `{name}`, or `{name:one/many}` (a number with its noun, English only needs it). */
const HOLE = /\{(\w+)(?::[^/{}]+\/[^/{}]+)?\}/g;
const holes = (t: string) => [...t.matchAll(HOLE)].map((m) => m[1]).sort();
const DOORS: FrontDoor[] = ['pane', 'web', 'cli'];
/** A template's words: its own, a phrase's, or each door's of a pin hint. */
const words = (t: Bilingual | PhraseKey | PinHintKey): Bilingual[] =>
  typeof t !== 'string' ? [t] : t in PIN_HINTS ? DOORS.map((d) => PIN_HINTS[t as PinHintKey][d]) : [PHRASES[t as PhraseKey]];

describe('the codes', () => {
  it('are those of the contract (docs/reporting-schema.md §3 and the shared spec), no more, no fewer', () => {
    for (const spec of ['../../../docs/reporting-schema.md', '../../../../shared/spec/REPORTING-SCHEMA.md']) {
      const text = fs.readFileSync(path.resolve(__dirname, spec), 'utf8');
      const section = text.slice(text.indexOf('## 3.'), text.indexOf('## 4.'));
      const listed = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
      expect(listed.sort()).toEqual([...ISSUE_CODES].sort());
    }
  });

  it.each(ISSUE_CODES)('%s has a title and a meaning in both languages, and a default severity', (code) => {
    const e = CODE_CATALOGUE[code];
    for (const lang of ['vi', 'en'] as const) {
      expect(e.title[lang].trim()).not.toBe('');
      expect(e.meaning[lang].trim().length).toBeGreaterThan(10);
    }
    expect(['error', 'warning', 'info']).toContain(e.severity);
  });

  it('each has at least one sentence, and the catalogue holds no code outside the contract', () => {
    const used = new Set(Object.values(SENTENCES as Record<string, SentenceEntry>).map((s) => s.code));
    expect([...used].sort()).toEqual([...ISSUE_CODES].sort());
    expect(Object.keys(CODE_CATALOGUE).sort()).toEqual([...ISSUE_CODES].sort());
  });
});

describe('the sentences and phrases', () => {
  const sentences = Object.entries(SENTENCES as Record<string, SentenceEntry>);

  it.each(sentences)('%s says its message and its hint in both languages, with the same placeholders', (_key, s) => {
    const texts = [...words(s.message), ...(s.hint === undefined ? [] : words(s.hint))];
    for (const t of texts) {
      expect(t.vi.trim()).not.toBe('');
      expect(t.en.trim()).not.toBe('');
      expect(holes(t.en)).toEqual(holes(t.vi));
    }
  });

  it('say a count with its noun in the number English needs: «1 hidden row», «4 hidden rows» (tester 6 item 18)', () => {
    const hidden = (count: number): Issue => ({
      code: 'blank-row',
      severity: 'info',
      sheet: 'CBCC',
      cell: 'A7',
      table: 'staff',
      field: '',
      sentence: 'hidden-rows',
      params: { table: { vi: 'Cán bộ', en: 'Staff' }, count },
    });
    expect(issueText(hidden(1), 'en', 'cli').message).toContain('has 1 hidden row (the first at A7');
    expect(issueText(hidden(4), 'en', 'cli').message).toContain('has 4 hidden rows (the first at A7');
    expect(issueText(hidden(1200), 'en', 'cli').message).toContain('has 1,200 hidden rows');
    expect(issueText(hidden(4), 'vi', 'cli').message).toContain('có 4 dòng đang bị ẩn');
  });

  it.each(Object.entries(PIN_HINTS))('pin hint %s names the same placeholders at every front door, in both languages', (_key, h) => {
    for (const door of DOORS) {
      expect(holes(h[door].vi)).toEqual(holes(h.pane.vi));
      expect(holes(h[door].en)).toEqual(holes(h.pane.vi));
    }
  });

  it.each(Object.entries(PHRASES))('phrase %s has the same placeholders in both languages', (_key, p) => {
    expect(holes(p.en)).toEqual(holes(p.vi));
  });
});

/** Every problem the product meets on the shared cases and the example, worded in both languages. */
describe('every issue raised on the shared cases and the example', () => {
  const CASES = path.resolve(__dirname, '../../../../shared/cases');
  const files = [
    ...fs
      .readdirSync(CASES)
      .filter((f) => /\.xlsx?$/.test(f))
      .map((f) => path.join(CASES, f)),
    path.resolve(__dirname, '../../../examples/ba-bich-2023.xlsx'),
  ];
  const raised: { file: string; issue: Issue }[] = [];

  beforeAll(async () => {
    for (const file of files) {
      const host = await FileHost.open(new Uint8Array(fs.readFileSync(file)));
      for (const issue of analyze(await host.readSnapshot()).issues) raised.push({ file: path.basename(file), issue });
    }
  }, 120_000);

  it('covers many sentences (the check below cannot pass on nothing)', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(new Set(raised.map((r) => r.issue.sentence)).size).toBeGreaterThan(15);
  });

  it('is worded in Vietnamese and in English, every placeholder filled', () => {
    const bad: string[] = [];
    for (const { file, issue } of raised) {
      for (const lang of ['vi', 'en'] as const) {
        for (const door of DOORS) {
          const { message, hint } = issueText(issue, lang, door);
          const text = `${message} ${hint ?? ''}`;
          if (message.trim() === '' || /\{\w+\}|undefined|NaN|\[object Object\]/.test(text)) bad.push(`${file} ${issue.sentence} ${lang} ${door}: ${text}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
