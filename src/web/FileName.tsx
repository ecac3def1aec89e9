/**
 * The open file's name, readable on a 320 px page (clerk-tester's report, webfix §2): it wraps at its separators
 * only, after a space, «_», «-» or «.» («Bao_cao_CCHC_xa-2023.xlsx» breaks after «Bao_», «cao_», …, never inside
 * «CCHC»); a piece still too long for the line is cut in its middle with «…», its start and its last characters
 * shown; the extension (.xlsx, .xls…) stays whole beside the last piece; the full name is in `title`.
 */
import { Fragment } from 'react';
import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  name: { overflowWrap: 'normal', wordBreak: 'normal', maxWidth: '100%', minWidth: 0 },
  // Each piece one box, as wide as the line at most: its head gives way (ending in «…»), its tail never does.
  piece: { display: 'inline-flex', maxWidth: '100%', verticalAlign: 'bottom', whiteSpace: 'nowrap' },
  head: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' },
  tail: { flexShrink: 0 },
});

/** How many last characters of a piece stay shown when the piece is cut in its middle. */
const TAIL = 6;

/**
 * "Báo cáo xã_Tân-Phú.xlsx" → words [["Báo"], ["cáo"], ["xã_", "Tân-", "Phú"]] (each word's pieces end at a
 * separator «_», «-» or «.», which stays with the piece before it) and ".xlsx"; a name without a dot has no
 * extension.
 */
export function splitFileName(name: string): { words: string[][]; ext: string } {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot) : '';
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return { words: stem.split(' ').map((w) => w.match(/[^_.-]*[_.-]|[^_.-]+/g) ?? ['']), ext };
}

/** A piece as its head and its last TAIL characters (with the extension after the last piece). */
function Piece({ text, ext }: { text: string; ext?: string }) {
  const styles = useStyles();
  const cut = Math.max(0, text.length - TAIL);
  return (
    <span className={styles.piece}>
      <span className={styles.head}>{text.slice(0, cut)}</span>
      <span className={styles.tail}>
        {text.slice(cut)}
        {ext !== undefined && <span data-testid="file-ext">{ext}</span>}
      </span>
    </span>
  );
}

export function FileName({ name }: { name: string }) {
  const styles = useStyles();
  const { words, ext } = splitFileName(name);
  return (
    <span className={styles.name} title={name} data-testid="file-name">
      {words.map((pieces, w) => (
        <Fragment key={w}>
          {/* The spaces stay between the words, and a <wbr> after each separator: the line breaks there. */}
          {w > 0 && ' '}
          {pieces.map((p, i) => (
            <Fragment key={i}>
              {i > 0 && <wbr />}
              <Piece text={p} ext={w === words.length - 1 && i === pieces.length - 1 ? ext : undefined} />
            </Fragment>
          ))}
        </Fragment>
      ))}
    </span>
  );
}
