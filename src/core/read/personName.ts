/**
 * A person's name kept in two columns, as many HR lists do: "Họ" or "Họ và tên đệm" (family and middle
 * names) beside "Tên" (the given name). The reader joins them into the staff table's `name`
 * (docs/reporting-schema.md §2, staff), keeping the given name's cell as the value's place.
 */
import type { TypedValue } from '../tables';

/** "Nguyễn Văn" + "An" -> "Nguyễn Văn An"; null when the given name is blank (a family name alone is no person). */
export function joinedName(family: TypedValue | undefined, given: TypedValue | undefined): TypedValue | null {
  if (!given || !given.text) return null;
  const text = [family?.text ?? '', given.text].filter(Boolean).join(' ');
  return { value: text, raw: given.raw, cell: given.cell, text };
}
