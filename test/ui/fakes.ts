/** A fake Host and a fake Analysis for the UI tests: no reader, no Office, no exceljs. */
import type { Analysis } from '../../src/core/analyze';
import { issue, issueMessage, type Issue } from '../../src/core/issues';
import { SCHEMA } from '../../src/core/schema';
import type { Host, Progress } from '../../src/hosts/host';
import type { CoreDeps } from '../../src/ui/core';
import { EMPTY_INFO } from '../../src/core/reportInfo';
import type { Overrides } from '../../src/core/tables';
import { createElement, type ReactElement, type ReactNode } from 'react';
import { configure, render, type RenderResult } from '@testing-library/react';
import { createDOMRenderer, RendererProvider } from '@fluentui/react-components';

export const ISSUES: Issue[] = [
  issue(
    'sum-of-rows',
    { sheet: 'Thu chi', cell: 'C9', table: 'budget', field: 'actual' },
    { row: 'dòng Tổng thu', field: 'thực hiện', totalValue: 100, sum: 90 },
  ),
  issue('number-as-text', { sheet: 'Thu chi', cell: 'D5', table: 'budget', field: 'actual' }, { where: 'Ô D5', text: '1.464.000', value: 1464000 }),
  issue(
    'date-after-report',
    { sheet: 'Văn bản', cell: 'B7', table: 'documents', field: 'date' },
    { what: 'Văn bản số 27/BC-UBND', date: { date: 45121 }, reportDate: { date: 45021 }, counted: '' },
    { severity: 'warning' },
  ),
  issue('optional-table-not-found', { sheet: '', cell: '', table: 'survey' }, { table: SCHEMA.survey.label, columns: 'Mức độ, Tỷ lệ' }),
];

/** What the fake issues say in Vietnamese, in the order of ISSUES. */
export const SAID = ISSUES.map((i) => issueMessage(i, 'vi'));

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
    draftHtml: jest.fn(async () => ({ html: '<p>BÁO CÁO</p>', text: 'BÁO CÁO' })),
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

/**
 * Fluent's style rules are never put in the test's document: no test here reads a style, and jsdom's
 * getComputedStyle matches every rule for the element and each ancestor. A role query by name calls it on
 * every node of every candidate (the accessible name skips hidden nodes), so with Fluent's ~740 atomic rules
 * one `getByRole('button', { name })` took 4–5 s and a test with a few dialogs a minute; without them, well
 * under one.
 */
let unstyled: ReturnType<typeof createDOMRenderer> | undefined;
const Unstyled = ({ children }: { children: ReactNode }) => createElement(RendererProvider, { renderer: unstyled!, targetDocument: document, children });

/** RTL's render, inside a Griffel renderer that inserts no CSS rule (see above). Made on first use: node-environment suites import this file too. */
export function renderUnstyled(ui: ReactElement): RenderResult {
  unstyled ??= createDOMRenderer(document, { unstable_filterCSSRule: () => false });
  return render(ui, { wrapper: Unstyled });
}
