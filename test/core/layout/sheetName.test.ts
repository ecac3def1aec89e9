import { reportSheetName } from '../../../src/core/layout/sheetName';

describe('reportSheetName', () => {
  test('Báo cáo when free', () => {
    expect(reportSheetName([{ name: 'Thu chi', madeByAddin: false }])).toBe('Báo cáo');
  });
  test("the add-in's own sheet is replaced under its name", () => {
    expect(
      reportSheetName([
        { name: 'Báo cáo', madeByAddin: false },
        { name: 'Báo cáo (2)', madeByAddin: true },
      ]),
    ).toBe('Báo cáo (2)');
  });
  test("a user's sheet keeps its name: (2), (3)... without case", () => {
    expect(reportSheetName([{ name: 'BÁO CÁO', madeByAddin: false }])).toBe('Báo cáo (2)');
    expect(reportSheetName(['Báo cáo', 'Báo cáo (2)'])).toBe('Báo cáo (3)');
    // decomposed (NFD) text is the same name
    expect(reportSheetName(['Báo cáo'.normalize('NFD')])).toBe('Báo cáo (2)');
  });
});
