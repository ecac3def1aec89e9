/**
 * A dossier log whose channel is a yes/no column («Nộp trực tuyến»: Có / Không, x / blank, 1 / 0, Đúng / Sai; tester
 * 13 item 24) instead of a channel column of words: yes is online, no is direct (REPORTING-SCHEMA §2 dossiers: direct
 * = trực tiếp và bưu chính). A blank is «no» only in a column of ticks (some yes, no «no» written anywhere); in a column
 * that writes «Không», a blank is a gap, never guessed.
 */
import type { FieldColumn } from '../columns';
import { fold } from '../text/fold';
import { matchCategory } from '../read/values';

/** Folded words (and marks) meaning yes, and no. */
const YES = new Set(['co', 'x', '1', 'dung', 'v', 'yes', 'y', 'true', 'c']);
const NO = new Set(['khong', 'k', '0', 'sai', 'no', 'n', 'false', 'ko']);
const YES_MARKS = new Set(['✓', '✔', '☑', '✗', '✘', '×', '+']);
const NO_MARKS = new Set(['-', '–', '—', '☐']);

/** A cell of the yes/no column: yes, no, blank, or a value that says neither. */
export type Flag = 'yes' | 'no' | 'blank' | 'unknown';

/** What one cell's text says (the text as written, trimmed). */
export function flagOf(text: string): Flag {
  const t = text.trim();
  if (t === '') return 'blank';
  if (YES_MARKS.has(t)) return 'yes';
  if (NO_MARKS.has(t)) return 'no';
  const f = fold(t);
  if (YES.has(f)) return 'yes';
  if (NO.has(f)) return 'no';
  return 'unknown';
}

/** The channel each record of the log was filed through, read from its yes/no column; and what could not be read. */
export interface FlagChannels {
  /** 'online', 'direct', or undefined when the record's cell says neither (or is a blank that is no tick). */
  channel(i: number): 'online' | 'direct' | undefined;
  /** Some cell reads yes or no. */
  understood: boolean;
}

/**
 * The channels of `n` records from the yes/no column `col`; `channelWords`: the channel field's categories, so that
 * a cell that writes the channel itself («Trực tuyến», «Trực tiếp», «Bưu chính») is read too.
 */
export function flagChannels(col: FieldColumn, n: number, channelWords: Record<string, string[]>): FlagChannels {
  const flags: Flag[] = new Array(n);
  let yes = 0;
  let no = 0;
  for (let i = 0; i < n; i++) {
    let f = flagOf(col.text(i));
    if (f === 'unknown') {
      const k = matchCategory(fold(col.text(i)), channelWords);
      f = k === 'online' ? 'yes' : k === 'direct' || k === 'postal' ? 'no' : 'unknown';
    }
    flags[i] = f;
    if (f === 'yes') yes++;
    else if (f === 'no') no++;
  }
  const blankIsNo = yes > 0 && no === 0;
  return {
    channel: (i) => {
      const f = flags[i];
      return f === 'yes' ? 'online' : f === 'no' || (f === 'blank' && blankIsNo) ? 'direct' : undefined;
    },
    understood: yes + no > 0,
  };
}
