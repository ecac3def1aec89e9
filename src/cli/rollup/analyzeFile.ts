/**
 * One commune's workbook for the roll-up: read and checked exactly as `validate` does (size check,
 * zip guard, our reader, the pinned overrides, the whole analysis), kept as a small CommuneResult.
 * A file that cannot be used gives its one-line reason instead; nothing here throws.
 */
import { analyze } from '../../core/analyze';
import type { Lang } from '../../core/issues';
import {
  communeResult,
  earlierRollupRefusal,
  fingerprint,
  hasCchcTable,
  isRollupWorkbook,
  noCchcTableRefusal,
  type CommuneResult,
  type RefusedFile,
} from '../../core/rollup';
import { FileHost } from '../../hosts/file';
import { isFileError } from '../../xlsx/errors';
import { readInput } from '../files';
import { m } from '../cliText';

export interface AnalyzeJob {
  file: string;
  lang: Lang;
  exactTime: boolean;
}

export type FileOutcome = { ok: true; commune: CommuneResult } | { ok: false; refused: RefusedFile };

export async function analyzeFile(job: AnalyzeJob): Promise<FileOutcome> {
  try {
    const { bytes } = readInput(job.file);
    const host = await FileHost.open(bytes);
    const snapshot = await host.readSnapshot();
    const overrides = await host.loadOverrides();
    // An earlier roll-up (any name, any folder) is told by its sheets, never summed as a commune.
    if (isRollupWorkbook(snapshot.sheets.map((s) => s.name))) return { ok: false, refused: earlierRollupRefusal(job.file, job.lang) };
    const analysis = analyze(snapshot, { lang: job.lang, overrides, exactTime: job.exactTime });
    // A workbook with none of the report's tables (a price list, another form) is no commune: refused, not counted.
    if (!hasCchcTable(analysis.tables)) return { ok: false, refused: noCchcTableRefusal(job.file, job.lang) };
    return { ok: true, commune: { ...communeResult(job.file, analysis), digest: fingerprint(bytes) } };
  } catch (e) {
    if (isFileError(e)) {
      return { ok: false, refused: { file: job.file, error: { code: e.code, message: e.text[job.lang], ...(e.detail ? { detail: e.detail } : {}) } } };
    }
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    return { ok: false, refused: { file: job.file, error: { code: 'internal', message: m.internal(job.lang, why) } } };
  }
}
