/** The figures of REPORTING-SCHEMA.md §4, computed from typed rows. */
import type { IssueDraft } from '../issues';
import type { ReadResult } from '../read';
import type { FigureSources, Figures } from './types';

export interface FigureOptions {
  /** Compare dossier dates to the second (Quyết định 766/QĐ-TTg) instead of by calendar day. */
  exactTime?: boolean;
}

export interface ComputedFigures {
  figures: Figures;
  sources: FigureSources;
  issues: IssueDraft[];
}

export function computeFigures(_read: ReadResult, _options: FigureOptions = {}): ComputedFigures {
  throw new Error('computeFigures: not implemented yet');
}
