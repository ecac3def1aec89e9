import fs from 'node:fs';
import { FileHost } from '../../src/hosts/file';
import { check, hostJobs, makeReport, markIssues, pinTable, unpin, withoutPin } from '../../src/ui/actions';
import { StoppedError } from '../../src/ui/stop';
import { UiError } from '../../src/ui/errors';
import type { Progress } from '../../src/hosts/host';
import { fakeAnalysis, fakeCore, fakeHost, ISSUES } from './fakes';

test('check reads with the saved overrides and reports read then check stages', async () => {
  const host = fakeHost({ tables: { budget: { sheet: 'Thu chi', range: 'A4:H17' } } });
  const core = fakeCore();
  const stages: Progress['stage'][] = [];
  const a = await check(host, core, { lang: 'en', exactTime: true, onProgress: (p) => stages.push(p.stage) });
  expect(a).toBe(core.analyze.mock.results[0].value);
  expect(core.analyze).toHaveBeenCalledWith(
    { sheets: [] },
    { lang: 'en', overrides: { tables: { budget: { sheet: 'Thu chi', range: 'A4:H17' } } }, exactTime: true },
  );
  expect(stages[0]).toBe('read');
  expect(stages[stages.length - 1]).toBe('check');
});

test('check over a file shows how far reading has got, sheet by sheet', async () => {
  const host = await FileHost.open(new Uint8Array(fs.readFileSync('examples/ba-bich-2023.xlsx')));
  const reading: number[] = [];
  await check(host, fakeCore(), { lang: 'vi', onProgress: (p) => p.stage === 'read' && p.fraction !== null && reading.push(p.fraction) });
  expect(reading.some((f) => f > 0 && f < 1)).toBe(true);
});

test('makeReport checks first when given no analysis, then writes the layout', async () => {
  const host = fakeHost();
  const core = fakeCore();
  const r = await makeReport(host, core, { lang: 'vi', door: 'pane' });
  expect(r.sheet).toBe('Báo cáo');
  // The sheet's hints are worded for the door that writes it.
  expect(core.reportSheetLayout).toHaveBeenCalledWith(expect.anything(), 'vi', 'pane');
  expect(host.readSnapshot).toHaveBeenCalledTimes(1);
  expect(host.writeReportSheet).toHaveBeenCalledWith(core.reportSheetLayout.mock.results[0].value);
  // With an analysis in hand, nothing is read again.
  await makeReport(host, core, { lang: 'vi', door: 'web' }, fakeAnalysis());
  expect(core.reportSheetLayout).toHaveBeenLastCalledWith(expect.anything(), 'vi', 'web');
  expect(host.readSnapshot).toHaveBeenCalledTimes(1);
});

test('markIssues passes only issues that name a cell', async () => {
  const host = fakeHost();
  expect(await markIssues(host, ISSUES)).toBe(3);
  expect(host.markIssues.mock.calls[0][0].every((i) => i.cell !== '')).toBe(true);
});

test('pinTable keeps other overrides and refuses an empty selection', async () => {
  const host = fakeHost({ tables: { budget: { sheet: 'Thu chi', range: 'A4:H17' } } });
  const r = await pinTable(host, fakeCore(), 'staff', { lang: 'vi' });
  expect(r).toMatchObject({ sheet: 'Khảo sát', range: 'B3:F9' });
  expect(host.saveOverrides).toHaveBeenCalledWith({
    tables: { budget: { sheet: 'Thu chi', range: 'A4:H17' }, staff: { sheet: 'Khảo sát', range: 'B3:F9' } },
  });
  host.getSelection.mockResolvedValueOnce({ sheet: '', range: '' });
  await expect(pinTable(host, fakeCore(), 'staff', { lang: 'vi' })).rejects.toBeInstanceOf(UiError);
});

test('withoutPin removes one pin and the empty lists it leaves (tester 6 item 19)', () => {
  const o = { tables: { survey: { sheet: 'Khảo sát', range: 'B3:F9' } }, fields: { budget: { actual: 'E', estimate: 'C' }, tthc: { online: 'D' } } };
  expect(withoutPin(o, { table: 'budget', field: 'actual' })).toEqual({ ...o, fields: { budget: { estimate: 'C' }, tthc: { online: 'D' } } });
  expect(withoutPin(o, { table: 'tthc', field: 'online' })).toEqual({ ...o, fields: { budget: { actual: 'E', estimate: 'C' } } });
  expect(withoutPin(o, { table: 'survey' })).toEqual({ fields: o.fields });
  expect(withoutPin({ fields: { tthc: { online: 'D' } } }, { table: 'tthc', field: 'online' })).toEqual({});
  // A pin not there changes nothing.
  expect(withoutPin(o, { table: 'staff' })).toEqual(o);
});

test('unpin saves the pins only once its check is done: stopped («Dừng») or failed, the workbook keeps the pin (Excel)', async () => {
  const pinned = { fields: { budget: { actual: 'E', estimate: 'C' } } };
  const host = fakeHost(pinned);
  const core = fakeCore();
  // «Dừng» pressed while Excel is read (its progress): the check stops there.
  const stop = new AbortController();
  host.readSnapshot.mockImplementationOnce(async (onProgress) => {
    stop.abort();
    onProgress?.({ stage: 'read', fraction: 0.5 });
    return { sheets: [] } as never;
  });
  await expect(unpin(host, core, { table: 'budget', field: 'actual' }, { lang: 'vi', signal: stop.signal })).rejects.toBeInstanceOf(StoppedError);
  // Stopped after the check's last step: still nothing saved.
  const late = new AbortController();
  core.analyze.mockImplementationOnce(() => {
    late.abort();
    return fakeAnalysis();
  });
  await expect(unpin(host, core, { table: 'budget', field: 'actual' }, { lang: 'vi', signal: late.signal })).rejects.toBeInstanceOf(StoppedError);
  host.readSnapshot.mockRejectedValueOnce(new Error('Excel is busy'));
  await expect(unpin(host, core, { table: 'budget', field: 'actual' }, { lang: 'vi' })).rejects.toThrow('Excel is busy');
  expect(host.saveOverrides).not.toHaveBeenCalled();
  expect(await host.loadOverrides()).toEqual(pinned);

  // Done: the check saw the pin gone, then it was saved.
  const r = await unpin(host, core, { table: 'budget', field: 'actual' }, { lang: 'vi' });
  expect(core.analyze).toHaveBeenLastCalledWith({ sheets: [] }, { lang: 'vi', overrides: { fields: { budget: { estimate: 'C' } } }, exactTime: undefined });
  expect(host.saveOverrides).toHaveBeenCalledWith({ fields: { budget: { estimate: 'C' } } });
  expect(r.pins).toEqual({ fields: { budget: { estimate: 'C' } } });
  // Excel offers «Dừng» for the unpin, as for the check; never for the report sheet.
  expect(hostJobs(host, core).stoppable).toEqual(['check', 'unpin']);
});
