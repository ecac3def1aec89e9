/**
 * The open file's name, readable on a 320 px page (clerk-tester's report, webfix §2): it wraps only
 * at spaces; a word too long for the line ends in «…» instead of breaking mid-word; the extension
 * (.xlsx, .xls…) stays whole and shown beside the last word; the full name is in `title`.
 */
import { Fragment } from 'react';
import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  name: { overflowWrap: 'normal', wordBreak: 'normal', maxWidth: '100%', minWidth: 0 },
  // Each word one box, as wide as the line at most; a longer word is cut with an ellipsis.
  word: {
    display: 'inline-block',
    maxWidth: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    verticalAlign: 'bottom',
  },
  // The last word and the extension: the word gives way, the extension never does.
  last: { display: 'inline-flex', maxWidth: '100%', verticalAlign: 'bottom', whiteSpace: 'nowrap' },
  lastWord: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' },
  ext: { flexShrink: 0 },
});

/** "Báo cáo xã.xlsx" → words ["Báo", "cáo", "xã"] and ".xlsx"; a name without a dot has no extension. */
export function splitFileName(name: string): { words: string[]; ext: string } {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot) : '';
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return { words: stem.split(' '), ext };
}

export function FileName({ name }: { name: string }) {
  const styles = useStyles();
  const { words, ext } = splitFileName(name);
  const last = words[words.length - 1] ?? '';
  return (
    <span className={styles.name} title={name} data-testid="file-name">
      {/* The spaces stay between the words' boxes: the line breaks there. */}
      {words.slice(0, -1).map((w, i) => (
        <Fragment key={i}>
          <span className={styles.word}>{w}</span>{' '}
        </Fragment>
      ))}
      <span className={styles.last}>
        <span className={styles.lastWord}>{last}</span>
        <span className={styles.ext} data-testid="file-ext">
          {ext}
        </span>
      </span>
    </span>
  );
}
