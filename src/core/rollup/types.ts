/**
 * The province's roll-up (issue 14; REPORTING-SCHEMA.md §6 `rollup`): what one commune's workbook
 * gives, what a file that could not be used gives, and the roll-up made of many of them.
 */
import type { RenderedIssue, Severity } from '../issues';
import type { BudgetFigures, FigurePath, Figures, InvestmentFigures, StaffFigures, TthcFigures } from '../figures/types';
import type { Questioned } from './questioned';

/** An issue as the roll-up keeps it: the commune's own list, without hints (errors and warnings only). */
export type RollupIssue = Pick<RenderedIssue, 'severity' | 'code' | 'sheet' | 'cell' | 'message'> & { more?: number };

/** One commune's workbook, read and checked as `validate` does (small: the workbook itself is not kept). */
export interface CommuneResult {
  file: string;
  agency: string | null;
  /**
   * The superior agency the `info` table states («Cơ quan chủ quản»: the district or province), null when not given:
   * what tells apart two communes of the same name (identity.ts). Absent: not taken.
   */
  superior?: string | null;
  /**
   * The name the roll-up's outputs give the commune (buildRollup, identity.ts `communeNames`): its agency in the body's
   * form («UBND xã Ba Nam», whatever the file's case or spelling of «UBND»), followed by what tells it apart when another commune bears the same name («UBND xã An Hòa (huyện An Lão)»). Absent: no agency.
   */
  name?: string;
  /** Excel serial dates of the reporting period, from the `info` table or a table's title (null: not given). */
  periodStart: number | null;
  periodEnd: number | null;
  counts: Record<Severity, number>;
  figures: Figures;
  /** Errors and warnings, as the commune's own report lists them. */
  issues: RollupIssue[];
  /** The file's fingerprint (fingerprint.ts): equal fingerprints are the same bytes, a copy read twice. Absent: not taken. */
  digest?: string;
  /** The figures the commune's own draft marks «[cần xem lại: …]» (questioned.ts). Absent: none, or not taken. */
  questioned?: Questioned;
  /**
   * The name of our own report sheet when the file is a report copy (`Analysis.reportSheet`: the commune's workbook
   * plus the sheet `report` or the pane added, not read as data). Absent: the commune's own file.
   */
  reportSheet?: string;
}

/** A file that could not be used, with its one-line reason (the `error` of `validate --json` exit 2). */
export interface RefusedFile {
  file: string;
  error: { code: string; message: string; detail?: string };
}

/** A period as printed in `--json`: ISO dates, null where not given. */
export interface PeriodJson {
  start: string | null;
  end: string | null;
}

/**
 * The province's totals, under the keys of REPORTING-SCHEMA.md §4; every ratio from summed counts. The TTHC
 * totals hold `byField` too: each field (lĩnh vực) summed over the communes that report it, fields told apart
 * by their folded names (totals.ts, fieldKey), in the order the communes first name them.
 */
export interface RollupTotals {
  tthc: TthcFigures | null;
  staff: StaffFigures | null;
  budget: BudgetFigures | null;
  investment: InvestmentFigures | null;
}

/** Which communes a summed figure came from: a commune whose figure is null adds nothing and is counted here. */
export type Contributors = Partial<Record<FigurePath, number>>;

/** A place in a ranking: `rank` is shared by equal values (1, 1, 3); null value = not ranked. */
export interface Ranked {
  index: number;
  value: number | null;
  rank: number | null;
}

export type RankingKey = 'onTimePct' | 'onlinePct' | 'disbursedPct';

export interface PeriodCheck {
  /**
   * The period the totals are of (whole-day serials): the one more than half of the communes stating a period report,
   * else the one most report, the latest of a tie (period.ts); null when no commune gives one.
   */
  majority: { start: number | null; end: number | null } | null;
  /** How `majority` was chosen: by more than half, by the most communes, by the latest of a tie; null: none stated. */
  chosen: 'majority' | 'most' | 'latest' | null;
  /** Per commune, in input order: true when its period is not the one summed (or none given). */
  differs: boolean[];
}

export interface Rollup {
  communes: CommuneResult[];
  refused: RefusedFile[];
  totals: RollupTotals;
  /** How many communes each total's figure was summed over, by dotted key ("tthc.received", "tthc.onlinePct",
   * "tthc.byField.0.received"; "tthc.byField.0.field" how many report that field at all). */
  contributors: Contributors;
  ranking: Record<RankingKey, Ranked[]>;
  period: PeriodCheck;
  /**
   * Per commune, in input order: true when it is left out of the totals, the rankings and the summary's
   * figures because it reports another period than the one summed (a commune giving no period is summed and flagged).
   */
  leftOut: boolean[];
  /**
   * By the province's figure path, the communes (indexes into `communes`) whose summed figure their own draft marks:
   * the total is marked with them (tester 7 item 5).
   */
  marked: Partial<Record<FigurePath, number[]>>;
  /** By the province's figure path, the communes whose figure is in another unit (unit-mismatch), left out of it. */
  unitLeftOut: Partial<Record<FigurePath, number[]>>;
  /** Each ratio of the totals as its exact quotient, a fraction (0.0257…, not 2.6): what the workbook's cell holds. */
  exact: Partial<Record<FigurePath, number>>;
  decimals: number;
}
