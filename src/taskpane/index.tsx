/**
 * The task pane's entry. First the old-webview check (plain DOM, no React); then Office.onReady
 * mounts the React pane over the office host, when Excel has ExcelApi 1.7. taskpane.html runs the
 * same checks inline in ES5 before this bundle, for webviews that cannot parse it at all.
 */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { OfficeHost } from '../hosts/office';
import { detectLang } from '../ui/i18n';
import { checkLegacyWebview, hasPaneExcelApi, showLegacyMessage } from './legacyWebview';

const NOT_IN_EXCEL = {
  vi: 'Trang này là ngăn của phần bổ trợ, chỉ chạy trong Excel; để dùng trên trình duyệt, xin mở trang Báo cáo CCHC (web.html).',
  en: 'This page is the add-in pane and runs only inside Excel; to use it in a browser, open the CCHC report page (web.html).',
};

function showNotInExcel(): void {
  const root = document.getElementById('root') ?? document.body;
  root.textContent = '';
  for (const text of [NOT_IN_EXCEL.vi, NOT_IN_EXCEL.en]) {
    const p = document.createElement('p');
    p.textContent = text;
    root.appendChild(p);
  }
  const a = document.createElement('a');
  a.href = 'web.html';
  a.textContent = 'web.html';
  root.appendChild(a);
}

function mount(): void {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <App host={new OfficeHost()} mode="addin" lang={detectLang(Office.context.displayLanguage)} platform={String(Office.context.platform ?? '')} />,
  );
}

export function start(): void {
  if (checkLegacyWebview(window)) return;
  if (typeof Office === 'undefined') {
    // office.js did not load (offline, blocked): nothing here can work.
    showNotInExcel();
    return;
  }
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) showNotInExcel();
    // The manifest asks for ExcelApi 1.1 only, so that Office 2016 shows the pane and this message.
    else if (!hasPaneExcelApi(Office)) showLegacyMessage(document, undefined, 'api');
    else mount();
  });
}

// Exported for tests; the page runs it at once.
export { showLegacyMessage };
start();
