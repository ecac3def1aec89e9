/**
 * The figures of the report, exactly under the keys of docs/reporting-schema.md §4 (`report --json`).
 * Percentages are in percent, rounded to `decimals`; amounts in đồng; a figure that cannot be
 * computed is null (and an issue says why), never 0.
 */
import type { CellRef } from '../tables';

export type N = number | null;

export interface IndicatorFigure {
  name: string;
  target: N;
  actual: N;
  achievement: N;
}

export interface SurveyFigures {
  veryHigh: N;
  high: N;
  neutral: N;
  low: N;
  satisfied: N;
}

export interface DocumentsFigures {
  total: number | null;
  byType: Record<string, number>;
}

export interface TthcCounts {
  received: N;
  online: N;
  direct: N;
  carriedOver: N;
  resolved: N;
  early: N;
  onTime: N;
  late: N;
  pending: N;
  pendingInTime: N;
  pendingOverdue: N;
  onlinePct: N;
  onTimePct: N;
  latePct: N;
}

export interface TthcFigures extends TthcCounts {
  byField: (TthcCounts & { field: string })[];
}

export type EducationLevel = 'postgraduate' | 'university' | 'college' | 'secondary' | 'none';
export const EDUCATION_LEVELS: EducationLevel[] = ['postgraduate', 'university', 'college', 'secondary', 'none'];

/**
 * Each level's name, the one every output prints (report sheet, Word draft and its appendix, roll-up): one row is
 * never named two ways (tester 16 F4: «Sơ cấp, chưa qua đào tạo» on the sheet beside «Chưa qua đào tạo» in the draft).
 * `none` also holds sơ cấp and blank levels (REPORTING-SCHEMA §2), as the draft has always named it.
 */
export const EDUCATION_LEVEL_LABELS: Record<EducationLevel, { vi: string; en: string }> = {
  postgraduate: { vi: 'Sau đại học', en: 'Postgraduate' },
  university: { vi: 'Đại học', en: 'University' },
  college: { vi: 'Cao đẳng', en: 'College' },
  secondary: { vi: 'Trung cấp', en: 'Secondary' },
  none: { vi: 'Chưa qua đào tạo', en: 'No training' },
};

export interface StaffFigures {
  total: N;
  canBo: N;
  congChuc: N;
  khongChuyenTrach: N;
  education: Record<EducationLevel, { count: N; pct: N }>;
  /** Cán bộ, công chức of a list of persons whose education cell names no level the schema knows («Đang học ĐH»,
   * a typo): left out of the education counts and shares, which are over the others (0 when every level was
   * read; absent for counts per level and in the roll-up). */
  unclassified?: number;
}

export interface BudgetSide {
  estimateSuperior: N;
  estimateCouncil: N;
  actual: N;
  pctSuperior: N;
  pctCouncil: N;
}

export interface BudgetFigures {
  revenue: BudgetSide;
  expenditure: BudgetSide;
}

export interface InvestmentFigures {
  plan: N;
  disbursed: N;
  pct: N;
}

/** A table that is absent gives null for its whole block. */
export interface Figures {
  indicators: IndicatorFigure[] | null;
  survey: SurveyFigures | null;
  documents: DocumentsFigures | null;
  tthc: TthcFigures | null;
  staff: StaffFigures | null;
  budget: BudgetFigures | null;
  investment: InvestmentFigures | null;
}

/**
 * The dotted path of every figure of `Figures`, derived from the interfaces above (docs/reporting-schema.md
 * §4): "tthc.onTimePct", "budget.revenue.actual", "indicators.0.actual", "tthc.byField.2.late",
 * "staff.education.university.pct", "documents.byType.Quyết định". A renamed or misspelt figure named in
 * code fails to compile; a path built at run time is checked as a template literal or built by `figurePath`.
 */
export type FigurePath = PathsOf<Figures>;

/** The path of a block of figures that holds others: "tthc", "tthc.byField.2", "budget.revenue", "staff.education.none". */
export type FigurePrefix = BlocksOf<Figures>;

type PathsOf<T> = { [K in keyof T & string]-?: LeafPaths<K, NonNullable<T[K]>> }[keyof T & string];
type LeafPaths<K extends string, V> = V extends number | string ? K : V extends readonly (infer E)[] ? `${K}.${number}.${PathsOf<E>}` : `${K}.${PathsOf<V>}`;

type BlocksOf<T> = { [K in keyof T & string]-?: BlockPaths<K, NonNullable<T[K]>> }[keyof T & string];
type BlockPaths<K extends string, V> = V extends number | string
  ? never
  : V extends readonly (infer E)[]
    ? `${K}.${number}` | `${K}.${number}.${BlocksOf<E>}`
    : K | `${K}.${BlocksOf<V>}`;

/**
 * A figure's path from a block's path known only at run time and a key checked against that block:
 * `figurePath(prefix, 'onTimePct')`, where `prefix` is "tthc" or a field's "tthc.byField.2". A key that
 * makes no figure's path under every block `prefix` may be fails to compile.
 */
export function figurePath<P extends FigurePrefix, K extends string>(prefix: P, key: K & KeyUnder<P, K>): FigurePath {
  return `${prefix}.${key}` as FigurePath;
}
type KeyUnder<P extends string, K extends string> = `${P}.${K}` extends FigurePath ? K : never;

/**
 * Where figures came from, by figure path: the cells read to make them. Not part of `report --json`'s
 * `figures`; a figure without sources has no entry.
 */
export type FigureSources = Partial<Record<FigurePath, CellRef[]>>;
