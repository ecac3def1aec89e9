/**
 * Field keys the code names are checked by the compiler (issue 13 point 5): `npx tsc --noEmit` fails when a
 * line marked @ts-expect-error below compiles, i.e. when a misspelt or foreign key would be accepted.
 */
import { fieldSpec, type FieldKey } from '../../../src/core/schema';
import { num } from '../../../src/core/rowValues';
import { fieldLabel } from '../../../src/core/check/values';
import { valueAt, type TableColumns, type TypedRow } from '../../../src/core/tables';
import { columnRef, ref, text, where } from '../../../src/core/figures/common';

const row: TypedRow = { row: 0, isTotal: false, values: { received: { value: 12, text: '12', cell: 'B3' } } } as unknown as TypedRow;

test('a key of the schema is accepted and read', () => {
  const key: FieldKey<'tthc'> = 'received';
  expect(num(row, key)).toBe(12);
  expect(fieldLabel('tthc', 'received').vi).toBe('Tổng số hồ sơ tiếp nhận');
  expect(fieldSpec('budget', 'actual')?.kind).toBe('amount');
});

test('a misspelt key, or a key of another table, does not compile', () => {
  // @ts-expect-error 'recieved' is no field of any table
  expect(num(row, 'recieved')).toBeNull();
  // @ts-expect-error 'received' is a tthc field, not a budget one
  expect(fieldLabel('budget', 'received').vi).toBe('received');
  // @ts-expect-error FieldKey<'staff'> holds only the staff table's keys
  const key: FieldKey<'staff'> = 'online';
  expect(fieldSpec('staff', key as string)).toBeUndefined();
});

test('the figure helpers check the keys they are given too', () => {
  expect(ref(row, 'received')).toEqual({ sheet: undefined, cell: 'B3' });
  expect(where(null, 'budget', 'actual')).toEqual({ sheet: '', cell: '', table: 'budget', field: 'actual' });
  // @ts-expect-error 'recieved' is no field of any table
  expect(ref(row, 'recieved')).toBeNull();
  // @ts-expect-error 'contnet' is no field of any table
  expect(text(row, 'contnet')).toBe('');
  // @ts-expect-error 'recievedAt' is no field of any table
  expect(columnRef([row], 'recievedAt')).toBeNull();
  // @ts-expect-error 'received' is a tthc field, not a budget one
  expect(where(null, 'budget', 'received').field).toBe('received');
});

test("a row's values and a table's columns are keyed by the schema", () => {
  expect(row.values.received?.value).toBe(12);
  // @ts-expect-error 'recieved' is no field of any table
  expect(row.values.recieved).toBeUndefined();
  const columns: TableColumns = { received: 1 };
  // @ts-expect-error 'categroy' is no field of any table
  expect(columns.categroy).toBeUndefined();
  expect(valueAt(row, 'recieved' as string)).toBeUndefined();
});
