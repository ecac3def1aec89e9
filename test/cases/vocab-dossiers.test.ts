/** Dossier exports: the status as evidence, fields as group rows (issue 17, point 7; docs/reporting-schema.md §2 dossiers). */
import { analyzeShared, errorsOf } from './vocab-helpers';
import { analyze } from '../../src/core/analyze';
import { sheet } from '../core/read/snap';

const timingWarning = (a: Awaited<ReturnType<typeof analyzeShared>>) =>
  a.issues.filter((i) => i.severity === 'warning' && i.table === 'dossiers' && i.field === 'doneAt');

describe('dossier status as evidence when there is no done date', () => {
  it('R2: resolved 3 and pending 1 by status; early / on time / late unknown, and said', async () => {
    const a = await analyzeShared('cases', 'R2_dossiers_no_done_date.xlsx');
    expect(a.figures.tthc).toMatchObject({ received: 4, resolved: 3, pending: 1, early: null, onTime: null, late: null, onTimePct: null, latePct: null });
    expect(timingWarning(a)).toHaveLength(1);
    expect(errorsOf(a)).toEqual([]);
  });

  it('the real OpenCPS list, filled: status, fields as group rows, the period from its title line', async () => {
    const a = await analyzeShared('realworld', 'opencps_dossierlist_filled.xlsx');
    expect(a.figures.tthc).toMatchObject({ received: 5, resolved: 4, pending: 1, pendingInTime: 1, early: null, onTime: null, late: null });
    expect(a.figures.tthc!.byField.map((f) => [f.field, f.received, f.resolved, f.pending])).toEqual([
      ['Hộ tịch', 3, 2, 1],
      ['Chứng thực', 2, 2, 0],
    ]);
    expect(timingWarning(a)).toHaveLength(1);
    expect(errorsOf(a)).toEqual([]);
  });

  it('the real OpenCPS list template: found, its tags blank, no false error', async () => {
    const a = await analyzeShared('realworld', 'opencps__statisticmgt-dossierlist.xlsx');
    expect(a.tables.dossiers?.located.columns).toMatchObject({ code: 1, receivedAt: 4, dueAt: 5, status: 6 });
    expect(a.issues.filter((i) => i.code !== 'missing-table' && i.severity !== 'info')).toEqual([]);
  });

  it('a status the schema does not know leaves resolved and pending unknown, with a warning on its cell', () => {
    const a = analyze({
      sheets: [
        sheet('Hồ sơ', [
          ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái'],
          ['H1', 'Hộ tịch', '06/01/2025', '07/01/2025', 'Đã trả kết quả'],
          ['H2', 'Hộ tịch', '08/01/2025', '09/01/2025', 'Lưu nháp XYZ'],
        ]),
      ],
    });
    expect(a.figures.tthc).toMatchObject({ received: 2, resolved: null, pending: null });
    expect(a.issues.find((i) => i.cell === 'E3')?.severity).toBe('warning');
  });

  it('refused or withdrawn dossiers are received but neither resolved nor pending', () => {
    const a = analyze({
      sheets: [
        sheet('Hồ sơ', [
          ['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái'],
          ['H1', '06/01/2025', '07/01/2025', 'Đã trả kết quả'],
          ['H2', '08/01/2025', '09/01/2025', 'Từ chối giải quyết'],
          ['H3', '08/01/2025', '09/01/2025', 'Đang xử lý'],
        ]),
      ],
    });
    expect(a.figures.tthc).toMatchObject({ received: 3, resolved: 1, pending: 1 });
  });

  it('without a done date or a status, resolved and pending are unknown (never "all pending")', () => {
    const a = analyze({
      sheets: [
        sheet('Hồ sơ', [
          ['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả'],
          ['H1', '06/01/2025', '07/01/2025'],
          ['H2', '08/01/2025', '09/01/2025'],
        ]),
      ],
    });
    expect(a.figures.tthc).toMatchObject({ received: 2, resolved: null, pending: null });
    expect(timingWarning(a)).toHaveLength(1);
  });
});

describe('fields given as group rows above their dossiers', () => {
  it('R2b: byField from the merged heading rows', async () => {
    const a = await analyzeShared('cases', 'R2b_dossiers_field_group_rows.xlsx');
    const by = Object.fromEntries(a.figures.tthc!.byField.map((f) => [f.field, f]));
    expect(Object.keys(by)).toEqual(['Hộ tịch', 'Chứng thực']);
    expect(by['Hộ tịch']).toMatchObject({ received: 2, resolved: 2, early: 1, onTime: 1, late: 0 });
    expect(by['Chứng thực']).toMatchObject({ received: 1, resolved: 1, early: 0, onTime: 0, late: 1 });
    expect(a.figures.tthc).toMatchObject({ received: 3, resolved: 3 });
    expect(errorsOf(a)).toEqual([]);
  });

  it('a record with only its code filled is a record, not a heading', () => {
    const a = analyze({
      sheets: [
        sheet(
          'Hồ sơ',
          [
            ['STT', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'],
            ['Hộ tịch (2)'],
            [1, 'H1', '06/01/2025', '07/01/2025', '07/01/2025'],
            [null, 'H2'],
          ],
          { merges: ['A2:E2'] },
        ),
      ],
    });
    expect(a.tables.dossiers!.rows.map((r) => [r.values.code?.text, r.values.field?.value])).toEqual([
      ['H1', 'Hộ tịch'],
      ['H2', 'Hộ tịch'],
    ]);
  });
});
