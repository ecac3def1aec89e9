/** The fake must enforce the Excel API's rules, or the host tests prove nothing. */
import { installFakeExcel, uninstallFakeExcel } from './fakeExcel';

afterEach(() => uninstallFakeExcel());

test('reading a property before load + sync throws PropertyNotLoaded', async () => {
  const model = installFakeExcel();
  model.setValues('Data', 'A1', [[1, 'x']]);
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Data').getRange('A1:B1');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    range.load('values');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(range.values).toEqual([[1, 'x']]);
    expect(() => range.numberFormat).toThrow(/PropertyNotLoaded/);
  });
});

test('writes apply only at sync, and syncs are counted', async () => {
  const model = installFakeExcel();
  model.setValues('Data', 'A1', [[1]]);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Data').getRange('A1').values = [[2]];
    expect(model.peek(model.sheets[0], 0, 0).value).toBe(1);
    await context.sync();
    expect(model.peek(model.sheets[0], 0, 0).value).toBe(2);
  });
  expect(model.syncCount).toBe(1);
});

test('null objects, unsupported API sets, Excel parsing of text, unsynced work', async () => {
  const model = installFakeExcel({ apiVersion: 8 });
  model.addSheet('Empty');
  await Excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem('Empty').getUsedRangeOrNullObject(true).load('values');
    await context.sync();
    expect(used.isNullObject).toBe(true);
    expect(() =>
      context.workbook.worksheets
        .getItem('Empty')
        .getRange('A1')
        .getCellProperties({ format: { font: { name: true } } }),
    ).toThrow(/ApiNotFound/);
    const ws = context.workbook.worksheets.getItem('Empty');
    ws.getRange('A1:C1').values = [['=1+1', '0123', 'plain']];
    ws.getRange('A2').numberFormat = [['@']];
    ws.getRange('A2').values = [['=SUM(A1)']];
    await context.sync();
  });
  const s = model.sheets[0];
  expect(model.peek(s, 0, 0).formula).toBe('=1+1');
  expect(model.peek(s, 0, 1).value).toBe(123);
  expect(model.peek(s, 0, 2).value).toBe('plain');
  expect(model.peek(s, 1, 0).value).toBe('=SUM(A1)');
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Empty').getRange('A1').values = [[1]];
    }),
  ).rejects.toThrow(/unsynced/);
});

test('a values array of the wrong shape fails the sync', async () => {
  const model = installFakeExcel();
  model.addSheet('S');
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:B2').values = [[1, 2]];
      await context.sync();
    }),
  ).rejects.toThrow(/InvalidArgument/);
});

test('web limits: a response over 5 MB fails with ResponsePayloadSizeLimitExceeded', async () => {
  const model = installFakeExcel({ web: true });
  const rows = Array.from({ length: 60000 }, (_, i) => [`Nguyễn Văn ${i}`, i, 'Hà Nội']);
  model.setValues('Big', 'A1', rows);
  await expect(
    Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Big').getRange('A1:C60000').load('values,numberFormat,valueTypes');
      await context.sync();
      return r.values.length;
    }),
  ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
});

test('a protected sheet refuses values, formats and conditional formats, and the batch fails with AccessDenied', async () => {
  const model = installFakeExcel();
  model.setValues('Khoá', 'A1', [[1]]);
  model.findSheet('Khoá')!.protected = true;
  const tries: ((ws: Excel.Worksheet) => void)[] = [
    (ws) => (ws.getRange('A1').values = [[2]]),
    (ws) => (ws.getRange('A1').format.fill.color = '#FF0000'),
    (ws) => (ws.getRange('A:A').format.columnWidth = 40),
    (ws) => ws.getRange('A1:B1').merge(false),
    (ws) => ws.getRange('A1').conditionalFormats.add('Custom' as Excel.ConditionalFormatType),
  ];
  for (const change of tries) {
    await expect(
      Excel.run(async (context) => {
        change(context.workbook.worksheets.getItem('Khoá'));
        await context.sync();
      }),
    ).rejects.toThrow(/AccessDenied/);
  }
  expect(model.peek(model.findSheet('Khoá')!, 0, 0)).toMatchObject({ value: 1, fill: null });
  expect(model.findSheet('Khoá')!.conditionalFormats).toEqual([]);
  // Reading, and the protection itself, are allowed.
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('Khoá');
    const p = ws.protection.load('protected');
    const cfs = ws.getRange().conditionalFormats.load('items/type');
    await context.sync();
    expect(p.protected).toBe(true);
    expect(cfs.items).toEqual([]);
  });
});

test('a new conditional format goes first, and one over several areas (ExcelApi 1.9) is one rule', async () => {
  const model = installFakeExcel();
  model.setValues('Data', 'A1', [[1, 2, 3]]);
  model.findSheet('Data')!.conditionalFormats.push({ id: 'user', type: 'Custom', ranges: ['A1:C1'], formula: '=TRUE', fill: '#C6EFCE' });
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('Data');
    const cf = ws.getRanges('A1:A3,C1').conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
    cf.custom.rule.formula = '=1';
    await context.sync();
  });
  expect(model.findSheet('Data')!.conditionalFormats.map((c) => [c.id, c.ranges])).toEqual([
    ['cf1', ['A1:A3', 'C1']],
    ['user', ['A1:C1']],
  ]);
  const old = installFakeExcel({ apiVersion: 8 });
  old.addSheet('Data');
  await Excel.run(async (context) => {
    expect(() => context.workbook.worksheets.getItem('Data').getRanges('A1,B2')).toThrow(/ApiNotFound/);
  });
});
