/**
 * Which Excel API sets the running Excel supports. The manifest asks for ExcelApi 1.7; anything
 * newer is detected here and skipped when missing (fonts, page setup, comments, sheet marks, merges).
 */
export interface Features {
  /** 1.8: data validation (template dropdown lists). */
  validation: boolean;
  /** 1.9: range.getCellProperties (font names), pageLayout, suspendScreenUpdatingUntilNextSync. */
  cellProperties: boolean;
  /** 1.10: workbook.comments (a unit may be written only in a comment on a header). */
  comments: boolean;
  /** 1.12: worksheet custom properties (the report sheet's own mark). */
  sheetProperties: boolean;
  /** 1.13: range.getMergedAreasOrNullObject. */
  mergedAreas: boolean;
}

function supported(minor: number): boolean {
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', `1.${minor}`);
  } catch {
    return false;
  }
}

export function detectFeatures(): Features {
  return {
    validation: supported(8),
    cellProperties: supported(9),
    comments: supported(10),
    sheetProperties: supported(12),
    mergedAreas: supported(13),
  };
}
