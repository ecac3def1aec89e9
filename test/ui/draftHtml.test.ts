import { draftHtml, htmlToText } from '../../src/ui/draftHtml';
import { fakeAnalysis } from './fakes';

test('states the figures in Vietnamese form and marks what is missing', () => {
  const a = fakeAnalysis([]);
  a.info = { ...a.info, place: 'Ba Bích', reportDate: 45021, title: 'Kết quả CCHC <quý I>' };
  a.figures.tthc = {
    received: 289, online: 8, direct: 281, carriedOver: 0, resolved: 280, early: 250, onTime: 0, late: 30,
    pending: 9, pendingInTime: 9, pendingOverdue: 0, onlinePct: 2.8, onTimePct: 89.3, latePct: 10.7, byField: [],
  };
  a.figures.investment = { plan: 380000000, disbursed: 190000000, pct: null };
  const html = draftHtml(a);
  expect(html).toContain('Ba Bích, ngày 05/04/2023');
  expect(html).toContain('Số lượng hồ sơ tiếp nhận: 289 hồ sơ (trực tuyến 8 hồ sơ, trực tiếp 281 hồ sơ');
  expect(html).toContain('tỷ lệ giải quyết đúng hạn 89,3%');
  expect(html).toContain('kế hoạch 380.000.000 đồng, đã giải ngân 190.000.000 đồng, đạt <mark>[…]</mark>');
  // Text from the workbook is escaped, never markup.
  expect(html).toContain('Kết quả CCHC &lt;quý I&gt;');
  // Absent blocks are not invented.
  expect(html).not.toContain('2.4.');
  expect(htmlToText(html)).toContain('Kết quả CCHC <quý I>');
});
