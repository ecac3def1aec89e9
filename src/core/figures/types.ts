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
  total: number;
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

export interface StaffFigures {
  total: N;
  canBo: N;
  congChuc: N;
  khongChuyenTrach: N;
  education: Record<EducationLevel, { count: N; pct: N }>;
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
 * Where figures came from, by dotted path ("tthc.received", "budget.revenue.actual",
 * "indicators.0.actual"): the cells read to make them. Not part of `report --json`'s `figures`.
 */
export type FigureSources = Record<string, CellRef[]>;
