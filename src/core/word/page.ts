/**
 * The page of Nghị định 30/2020, Phụ lục I: A4 portrait, margins 20/20/30/15 mm, Times New Roman
 * 14 pt, and the page number centred in the top margin from page 2 (an empty first-page header).
 */
import { AlignmentType, Header, PageNumber, PageOrientation, Paragraph, TextRun, type IStylesOptions } from 'docx';
import { BODY_SIZE } from './text';

/** Millimetres to twips, rounded as Word stores them. */
export const mmToTwips = (mm: number) => Math.round((mm * 1440) / 25.4);

export const PAGE = {
  width: 11906,
  height: 16838,
  top: mmToTwips(20),
  bottom: mmToTwips(20),
  left: mmToTwips(30),
  // 15 mm is 850.4 twips; DOMAIN.md §4 fixes 851 (rounded up, so the margin is never under 15 mm).
  right: 851,
  /** Distance of the header (the page number) from the top edge. */
  header: mmToTwips(10),
};
/** Width of the text between the margins. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export const FONT = 'Times New Roman';

/** Default document styles: the font in all four scripts, so Vietnamese letters never fall back. */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT }, size: BODY_SIZE, color: '000000' },
        paragraph: { spacing: { after: 0 } },
      },
      footnoteText: {
        run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT }, size: 24 },
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 60 } },
      },
    },
  };
}

/** Section properties: the page and `titlePage` so that the first page takes the empty header. */
export function pageProperties() {
  return {
    titlePage: true,
    page: {
      size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
      margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.header },
    },
  };
}

/** Headers: none on page 1, a centred page number on every other page. */
export function pageHeaders() {
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: BODY_SIZE })],
        }),
      ],
    }),
  };
}
