/** A fake Host and a fake Analysis for the UI tests: no reader, no Office, no exceljs. */
import type { Analysis } from '../../src/core/analyze';
import type { Issue } from '../../src/core/issues';
import type { Host, Progress } from '../../src/hosts/host';
import type { CoreDeps } from '../../src/ui/core';
import { EMPTY_INFO } from '../../src/core/info';
import type { Overrides } from '../../src/core/tables';
import { configure } from '@testing-library/react';

export const ISSUES: Issue[] = [
  { code: 'sum-mismatch', severity: 'error', sheet: 'Thu chi', cell: 'C9', table: 'budget', field: 'actual', message: 'Tổng thu không bằng tổng các khoản.', hint: 'Kiểm tra lại đơn vị.' },
  { code: 'number-as-text', severity: 'warning', sheet: 'Thu chi', cell: 'D5', table: 'budget', field: 'actual', message: 'Số được gõ dạng chữ.' },
  { code: 'date-after-report', severity: 'warning', sheet: 'Văn bản', cell: 'B7', table: 'documents', field: 'date', message: 'Ngày văn bản sau ngày báo cáo.' },
  { code: 'missing-table', severity: 'info', sheet: '', cell: '', table: 'survey', field: '', message: 'Không thấy bảng khảo sát.' },
];

export function fakeAnalysis(issues: Issue[] = ISSUES): Analysis {
  return {
    lang: 'vi',
    exactTime: false,
    sheets: [],
    tables: {
      budget: {
        located: { table: 'budget', sheet: 'Thu chi', range: 'A4:H17', headerRows: [3], dataRows: [4, 5], columns: {} },
        rows: [],
      },
    },
    info: { ...EMPTY_INFO, agency: 'UBND XÃ BA BÍCH' },
    figures: { indicators: null, survey: null, documents: null, tthc: null, staff: null, budget: null, investment: null },
    sources: {},
    issues,
  };
}

/** A Host whose every method is a jest mock; readSnapshot reports one progress step. */
export function fakeHost(overrides: Overrides = {}) {
  let saved = overrides;
  const host = {
    readSnapshot: jest.fn(async (onProgress?: (p: Progress) => void) => {
      onProgress?.({ stage: 'read', fraction: 0.5 });
      return { sheets: [] } as never;
    }),
    writeReportSheet: jest.fn(async () => 'Báo cáo'),
    addTemplateSheets: jest.fn(async () => ['Thu chi', 'Cán bộ']),
    markIssues: jest.fn(async (issues: Issue[]) => issues.length),
    clearMarks: jest.fn(async () => undefined),
    selectCell: jest.fn(async () => undefined),
    getSelection: jest.fn(async () => ({ sheet: 'Khảo sát', range: 'B3:F9' })),
    loadOverrides: jest.fn(async () => saved),
    saveOverrides: jest.fn(async (o: Overrides) => {
      saved = o;
    }),
  } satisfies Host;
  return host;
}

export function fakeCore(analysis: Analysis = fakeAnalysis()) {
  return {
    analyze: jest.fn(() => analysis),
    reportSheetLayout: jest.fn(() => ({ name: 'Báo cáo', cells: [], merges: [], columnWidths: [] })),
    templateLayouts: jest.fn(() => []),
    buildWordDraft: jest.fn(async () => new Uint8Array([80, 75, 3, 4])),
  } satisfies CoreDeps;
}

/**
 * Fluent UI asks for matchMedia and ResizeObserver; jsdom has neither. Role queries skip the
 * visibility check (getComputedStyle over Fluent's many style rules is very slow in jsdom;
 * the tests check presence in the DOM and removal instead).
 */
export function stubBrowser() {
  configure({ defaultHidden: true, asyncUtilTimeout: 15000 });
  if (!window.matchMedia) {
    window.matchMedia = ((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    })) as typeof window.matchMedia;
  }
  if (!('ResizeObserver' in window)) {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
}
