/**
 * The reporting schema is data: one module per logical table lists its fields, their synonyms
 * and their kinds. A province's variant is a new schema, not new code.
 * Synonyms are written as a clerk would (with diacritics); the matcher folds both sides.
 */
import type { Bilingual } from '../issues';

export const TABLE_NAMES = ['info', 'indicators', 'survey', 'documents', 'tthc', 'dossiers', 'staff', 'budget', 'investment', 'narrative'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/**
 * How a value is read and checked:
 * text: any text; count: a non-negative integer; amount: money, converted to đồng by the table's unit;
 * percent: a share in percent ("25%", 25, "25,0", or 0.25 in a cell formatted as % all read as 25);
 * number: any number; date: a date with optional time (Excel serial); category: one of `categories`.
 */
/** The value of a date cell that names the day its record was received («Trong ngày»): FieldSpec.sameDay. */
export const SAME_DAY = 'same-day';

export type FieldKind = 'text' | 'count' | 'amount' | 'percent' | 'number' | 'date' | 'category';

export interface FieldSpec<K extends string = string> {
  /** Stable key, used in issues (`field`), overrides and code; its type is the table's keys (FieldKey). */
  key: K;
  label: Bilingual;
  /** Header words that name this field (matched after folding, as whole words). */
  synonyms: string[];
  /** When set, the field matches only under an upper header containing one of these
   * (two-level headers: "Đã giải quyết" / "Quá hạn" is `late`, "Đang giải quyết" / "Quá hạn" is `pendingOverdue`). */
  under?: string[];
  /** The field may be given as heading rows above its records ("Hộ tịch (3)" over the dossiers of that field)
   * instead of a column: each record then takes the heading above it. `{ beside }`: only in a table where that other
   * field has a column (Biểu 06 per thủ tục under «I | LĨNH VỰC HỘ TỊCH»: the field beside the procedure's column). */
  groupRows?: boolean | { beside: string };
  /** A column met only on clerks' own forms ("Ngày đi/đến", "Tổng số trễ hạn"): read and checked, but the
   * template leaves it out. */
  formOnly?: boolean;
  kind: FieldKind;
  /** A found table without this field gets missing-label (error). */
  required?: boolean;
  /** A column read only to be checked (a person's dates): it feeds no figure, so its unreadable values are
   * warnings, not errors. */
  checkedOnly?: boolean;
  /** What a value of this field that cannot be read does to the figures, said after the reader's sentence
   * (a date that decides a count): one sentence in both languages. */
  unreadable?: Bilingual;
  /** For kind 'date': a year alone ("1985", or 1985 in a cell not formatted as a date) is read as that year
   * (its 1 January; the checks know it from the cell's text). A birth date is often written so. */
  yearAlone?: boolean;
  /** For kind 'date': words that give the day the record was received as this date («Trong ngày», «trả ngay»,
   * a same-day procedure's due date): read as the value SAME_DAY, which the figures take as that day. */
  sameDay?: string[];
  /** A required field whose blank is no error of its row: the figures leave that record out of what the field
   * decides and say how many once (a due date left blank, figures/dossiers.ts). */
  blankSaidByFigures?: boolean;
  /** Another field this one may be written with in one cell under one header ("Số, ký hiệu, ngày tháng văn
   * bản": "Số 05/QĐ-UBND ngày 10/01/2023"): when only one of the two finds a column, both read it. */
  sharesCellWith?: string;
  /** The second part of another field, written in a column of its own (Nghị định 30's «Số» | «Ký hiệu»: 12 | QĐ-UBND
   * is the number 12/QĐ-UBND): `field` is the whole, `headers` head the first part's column (its own cell, whole),
   * `joiner` joins the parts. When this field finds its column and `field` none, the column so headed whose values
   * are whole numbers is `field`'s (header.ts), and the reader joins the two parts into it (read/numberParts.ts). */
  secondPartOf?: { field: string; headers: string[]; joiner: string };
  /** A yes/no column: Excel's TRUE / FALSE are among its values, read as the text «TRUE» / «FALSE», not an error. */
  yesNo?: boolean;
  /** A text field whose values have a shape of their own: 'docNumber' = `n/SYMBOL-PARTS` (Nghị định 30). */
  valueShape?: 'docNumber';
  /** For kind 'category': canonical value -> words that mean it. */
  categories?: Record<string, string[]>;
  /** For kind 'category': words that open the part of a value naming what is not held yet ("Đại học (đang học
   * thạc sĩ)"): that part is not read, the rest is ("Đại học"). */
  notHeld?: string[];
  /** For kind 'category': phrases naming a level of another kind of training that share a category's words
   * ("Trung cấp chính trị", political theory, is not the professional "Trung cấp"): left out of a value before it
   * is matched ("Đại học; Trung cấp chính trị" is Đại học). A value naming only such a level names none. */
  otherTraining?: string[];
  /** For kind 'category': the category of a school grade ("12/12", "9/12", "10/10", "Lớp 12", or the date Excel
   * made of "12/12"), general education written where a level is asked. */
  schoolGrade?: string;
  /** Header phrases of other things a column named by a synonym may be («Trình độ LLCT», «Trình độ tin học» are
   * no professional level): a column whose own cell holds one of them, and none of the synonyms once they are
   * taken out, is not this field's («Trình độ chuyên môn, lý luận chính trị» still is). */
  otherHeaders?: string[];
}

/**
 * What a column's values must show for a fact of evidence (docs/reporting-schema.md §1, "decide by evidence"):
 * `docNumber` a number/symbol as Nghị định 30 writes it ("175/QĐ-UBND", "66/UBND", also loosely typed);
 * `person` a person's name (capitalised words of letters only); `category` one of the field's categories;
 * `count` a non-negative whole number; `number` a number; `date` a date; `phrase` text of three words or
 * more (a summary, a line's content); `budgetLine` a revenue or expenditure line ("Tổng thu …", "II. Chi …").
 * `percentUnit` a unit that is a percentage («%», «tỷ lệ %»), for a unit column («ĐVT»): every filled cell must pass (a
 * row in tấn or ha is another kind of figure, not a clerk's slip). `filled` any value at all: the column is there and
 * used (a political-theory column of ticks or levels). Every other test but `budgetLine` must hold for most
 * filled cells; one budget line is enough (the rest are its items).
 */
export type ValueTest = 'docNumber' | 'person' | 'category' | 'count' | 'number' | 'date' | 'phrase' | 'budgetLine' | 'percentUnit' | 'filled';

export type EvidenceFact =
  /** Most filled cells of the column of one of these fields pass the test. `ifPresent`: when none of the fields has a
   * column the fact does not fail (it then weighs nothing): what a column must hold if the table has it. */
  | { fields: string[]; values: ValueTest; ifPresent?: boolean }
  /** One of these words, as whole words, in the header, the caption or title lines above it, or the sheet name. */
  | { words: string[] };

/** What must hold for a table to exist, and what argues against it (kept as data, like the synonyms). */
export interface TableEvidence {
  /** The table exists when every fact of one of these sets holds. */
  anyOf: EvidenceFact[][];
  /** Words in the header, the lines above it or the sheet name that argue against the table: each found
   * outweighs one fact about values that holds ("hệ số lương" and "thành tiền" make a list of people a payroll). */
  against: string[];
  /**
   * Signs that the candidate is another kind of table that looks like this one, whatever its values: one of `titles`
   * in a line above the header or in the sheet's name («Danh sách đảng viên», «Sổ đăng ký văn bản đến»), or one of
   * `labels` in the header («Số đến»). A word written with its diacritics must have the same ones («nghỉ hưu» is not
   * «nghĩ hưu»); a word typed without any matches folded («DANH SACH CAN BO NGHI HUU», «ds nghi huu»), legacy text
   * (TCVN3, VNI) being read converted. The words of `marked` match only with their diacritics: folded, they are
   * other words («quỹ» is neither «quý» nor «QUY»). Each sign found sets the candidate aside and is named with the
   * words against it.
   */
  /**
   * Words of the heading line just above a block's header that make it a block of another measure, shaped like this
   * table (a staff table by level and, below it, «2. Trình độ lý luận chính trị» with the same columns): such a block
   * is not read while a block without them is, and is named as what it is (read/otherMeasure.ts).
   */
  otherMeasures?: string[];
  setAside?: {
    titles: string[];
    labels: string[];
    /** Words that, in the same header label as one of `labels`, make it a column of both kinds, no sign («Ngày
     * đi/Ngày đến»: a register of documents sent and received). */
    alsoOurs?: string[];
    /** Words of `titles` and `labels` that, folded, are other words too («quỹ»: «quý», a quarter; «học viên»: «học
     * viện», a school): matched only with their own diacritics. */
    marked?: string[];
  };
}

export interface TableSpec<K extends string = string> {
  name: TableName;
  label: Bilingual;
  /** Words that, in a sheet name or a title row above the header, suggest this table. */
  titleWords: string[];
  fields: FieldSpec<K>[];
  /** Required for a report: missing-table is an error (else info). */
  required: boolean;
  /** At least one of these field sets must be fully present for a header to count as this table
   * (e.g. staff per person [name, education] or per level [education, count]). */
  anyOf?: K[][];
  /** For 'rows' tables: what a candidate's values and words must show for it to be read (locate.ts). */
  evidence?: TableEvidence;
  /** Words that show a sheet holds this table even when none of its rows can be read (read/unreadTable.ts): one of
   * `titles` in a line near the sheet's top («SỔ ĐĂNG KÝ VĂN BẢN ĐI»), or two cells of one row holding `labels`
   * («Trích yếu», «Người ký»). Such a sheet, where the table is found nowhere, is named with what was missing. */
  signs?: { titles: string[]; labels: string[] };
  /** 'rows': a header row and one record per row. 'keyvalue': a label cell with its value beside it. */
  shape: 'rows' | 'keyvalue';
  /**
   * The headings (of a key-value block: the labels) the hint of a missing table names, when its required fields
   * do not say them: a staff list has none required (persons or counts per level), the info block neither.
   */
  headings?: K[];
}

/**
 * A table's schema with its field keys kept as literal types, so that `FieldKey<'budget'>` is
 * 'order' | 'content' | …: a renamed or misspelt key in code fails to compile (issue 13 point 5).
 */
export function defineTable<K extends string>(spec: TableSpec<K>): TableSpec<K> {
  return spec;
}
