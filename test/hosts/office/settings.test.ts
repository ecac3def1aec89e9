import { installFakeExcel, uninstallFakeExcel } from './fakeExcel';
import { OfficeHost } from '../../../src/hosts/office';
import { splitAddress } from '../../../src/hosts/office/selection';

afterEach(() => uninstallFakeExcel());

test('overrides round-trip through workbook settings', async () => {
  const model = installFakeExcel();
  model.addSheet('Sheet1');
  const host = new OfficeHost();
  expect(await host.loadOverrides()).toEqual({});
  const overrides = { tables: { tthc: { sheet: 'TTHC', range: 'B4:H20' } }, fields: { tthc: { online: 'D' } } };
  await host.saveOverrides(overrides);
  expect(model.settings.get('cchc.overrides')).toEqual(overrides);
  expect(await host.loadOverrides()).toEqual(overrides);
  await host.saveOverrides({});
  expect(await host.loadOverrides()).toEqual({});
  model.settings.set('cchc.overrides', JSON.stringify(overrides));
  expect(await host.loadOverrides()).toEqual(overrides);
  model.settings.set('cchc.overrides', 'not json');
  expect(await host.loadOverrides()).toEqual({});
});

test('selectCell activates the sheet and selects; getSelection reads it back', async () => {
  const model = installFakeExcel();
  model.addSheet('Sheet1');
  model.setValues("Thu chi 'cũ' 2024", 'A1', [[1]]);
  const host = new OfficeHost();
  await host.selectCell("Thu chi 'cũ' 2024", 'B3:D9');
  expect(model.active?.name).toBe("Thu chi 'cũ' 2024");
  expect(await host.getSelection()).toEqual({ sheet: "Thu chi 'cũ' 2024", range: 'B3:D9' });
  await expect(host.selectCell('Không có', 'A1')).rejects.toThrow(/no sheet «Không có»/);
  expect(splitAddress('Sheet1!$A$1')).toEqual({ sheet: 'Sheet1', range: 'A1' });
});
