import type { PartialDate } from './read/partialDate';

/** The report's header data, read from the `info` table (or defaults the user can see and change). */
export interface ReportInfo {
  /** Issuing agency, e.g. "UBND XÃ BA BÍCH". */
  agency: string | null;
  /** Superior agency (omitted from the header when null). */
  superior: string | null;
  /** Number/symbol, e.g. "05/BC-UBND" (number may be blank: "/BC-UBND"). */
  number: string | null;
  place: string | null;
  /** Excel serial dates. */
  reportDate: number | null;
  /** The report date's month and year when its day is left blank to fill in at signing («ngày    tháng 7 năm
   * 2025», read/partialDate.ts); reportDate is then null. Absent or null: no such date. */
  reportDateParts?: PartialDate | null;
  periodStart: number | null;
  periodEnd: number | null;
  title: string | null;
  addressee: string | null;
  /** "TM. ỦY BAN NHÂN DÂN" */
  signAuthority: string | null;
  /** "CHỦ TỊCH" */
  signerTitle: string | null;
  signer: string | null;
  recipients: string[];
  /** Decimal places of percentages (default 1). */
  decimals: number;
  /** The grounds of the report, the draft's first line: "Thực hiện Công văn số …" (optional; docs/reporting-schema.md §2 `basis`). */
  basis?: string | null;
}

export const EMPTY_INFO: ReportInfo = {
  agency: null,
  superior: null,
  number: null,
  place: null,
  reportDate: null,
  periodStart: null,
  periodEnd: null,
  title: null,
  addressee: null,
  signAuthority: null,
  signerTitle: null,
  signer: null,
  recipients: [],
  decimals: 1,
  basis: null,
};
