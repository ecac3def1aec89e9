/**
 * The page of Nghị định 30/2020, Phụ lục I: A4 portrait, margins 20/20/30/15 mm, Times New Roman
 * 14 pt, and the page number centred in the top margin from page 2 (render/docx.ts writes them).
 */

/** Millimetres to twips, rounded as Word stores them. */
export const mmToTwips = (mm: number) => Math.round((mm * 1440) / 25.4);

export const PAGE = {
  width: 11906,
  height: 16838,
  top: mmToTwips(20),
  bottom: mmToTwips(20),
  left: mmToTwips(30),
  // 15 mm is 850.4 twips; docs/domain.md §4 fixes 851 (rounded up, so the margin is never under 15 mm).
  right: 851,
  /** Distance of the header (the page number) from the top edge. */
  header: mmToTwips(10),
};
/** Width of the text between the margins. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export const FONT = 'Times New Roman';
