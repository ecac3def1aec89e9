import { detectLang, STRINGS, t } from '../../src/ui/i18n';
import { describeError, UiError } from '../../src/ui/errors';

test('Vietnamese when the display language is Vietnamese, English otherwise', () => {
  expect(detectLang('vi-VN')).toBe('vi');
  expect(detectLang('VI')).toBe('vi');
  expect(detectLang('en-US')).toBe('en');
  expect(detectLang('fr-FR')).toBe('en');
  expect(detectLang(undefined)).toBe('en');
});

test('every string exists in both languages, non-empty, with the same placeholders', () => {
  const keys = Object.keys(STRINGS.vi);
  expect(Object.keys(STRINGS.en).sort()).toEqual([...keys].sort());
  const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
  for (const k of keys as (keyof typeof STRINGS.vi)[]) {
    expect(STRINGS.vi[k].length).toBeGreaterThan(0);
    expect(STRINGS.en[k].length).toBeGreaterThan(0);
    expect([k, holes(STRINGS.en[k])]).toEqual([k, holes(STRINGS.vi[k])]);
  }
});

test('t fills placeholders', () => {
  expect(t('vi', 'reportMade', { sheet: 'Báo cáo (2)' })).toBe('Đã tạo sheet «Báo cáo (2)».');
  expect(t('en', 'marked', { count: 3 })).toBe('3 cells marked.');
});

describe('describeError', () => {
  test('Office error codes become a sentence in the chosen language', () => {
    const busy = Object.assign(new Error('RichApi.Error'), { code: 'InvalidOperationInCellEditMode' });
    expect(describeError(busy, 'vi')).toBe(STRINGS.vi.err_office_busy);
    expect(describeError(busy, 'en')).toBe(STRINGS.en.err_office_busy);
    expect(describeError({ code: 'AccessDenied', message: 'x' }, 'vi')).toBe(STRINGS.vi.err_office_denied);
  });

  test("a host's bilingual sentence is used as is", () => {
    const fileError = Object.assign(new Error('The file is encrypted.'), { code: 'encrypted', text: { vi: 'Tệp có mật khẩu.', en: 'The file is encrypted.' } });
    expect(describeError(fileError, 'vi')).toBe('Tệp có mật khẩu.');
    // A FileError's technical detail follows its sentence on a line of its own (the message bar's «Chi tiết»).
    expect(describeError(Object.assign(fileError, { detail: 'no sheet part' }), 'en')).toBe('The file is encrypted.\nno sheet part');
    expect(describeError({ bilingual: { vi: 'A', en: 'B' } }, 'en')).toBe('B');
  });

  test('the UI’s own errors and unknown ones', () => {
    expect(describeError(new UiError('err_no_selection'), 'vi')).toBe(STRINGS.vi.err_no_selection);
    expect(describeError(new Error('boom'), 'vi')).toBe('Đã có lỗi trong chương trình; hãy thử lại.\nChi tiết kỹ thuật: boom');
    expect(describeError(new TypeError('x is undefined'), 'vi')).not.toMatch(/hỏng/);
    expect(describeError(Object.assign(new Error('boom'), { code: 'GeneralException' }), 'vi')).toBe(
      'Không thực hiện được việc này; hãy thử lại.\nChi tiết: boom',
    );
    expect(describeError('weird', 'en')).toContain('weird');
  });
});
