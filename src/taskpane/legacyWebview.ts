/**
 * Old Office: volume-licensed Office through 2019 runs task panes in Internet Explorer 11
 * ("Trident") or Edge Legacy ("Edge/"), which React 18 and Fluent UI v9 do not support, and
 * Office 2016 has only ExcelApi 1.1 while the pane needs 1.7. There the pane shows a plain
 * message pointing to the standalone page (web.html), which is how those communes use the product.
 *
 * This file is also compiled to ES5 by webpack.config.js and inlined in taskpane.html right after
 * office.js, because the main bundle does not even parse in those browsers; that script also sets
 * Office.initialize, which old Office waits for. So: ES5-safe code only here (no spread, no
 * String.includes, no URL, no Array.from), and no imports.
 */

/** Why the pane cannot run: an old webview, or an Excel without ExcelApi 1.7. */
export type LegacyReason = 'webview' | 'api';

/** The least ExcelApi set the pane needs (manifest.xml asks for 1.1 only, so that old Excel shows this message). */
const PANE_EXCEL_API = '1.7';

export function isLegacyWebview(userAgent: string): boolean {
  return userAgent.indexOf('Trident/') >= 0 || userAgent.indexOf('MSIE ') >= 0 || userAgent.indexOf('Edge/') >= 0;
}

const TEXT = {
  webview: {
    vi: {
      title: 'Phiên bản Excel này chưa chạy được ngăn Báo cáo CCHC',
      body: 'Excel của máy này dùng trình duyệt nhúng cũ (Internet Explorer hoặc Edge đời cũ), vì vậy xin dùng trang riêng: mở tệp Excel ở đó để kiểm tra số liệu và lập báo cáo, dữ liệu không rời khỏi máy.',
      link: 'Mở trang Báo cáo CCHC',
      copy: 'Nếu liên kết không mở, xin chép địa chỉ này vào Chrome, Edge hoặc Firefox:',
    },
    en: {
      title: 'This version of Excel cannot run the CCHC report pane',
      body: 'Excel on this computer uses an old built-in browser (Internet Explorer or the old Edge), so please use the standalone page: open your Excel file there to check the data and draft the report; the data stays on this computer.',
      link: 'Open the CCHC report page',
      copy: 'If the link does not open, copy this address into Chrome, Edge or Firefox:',
    },
  },
  api: {
    vi: {
      title: 'Phiên bản Excel này quá cũ cho ngăn Báo cáo CCHC',
      body: 'Ngăn cần Excel 2019, Excel 2021, Microsoft 365 hoặc Excel trên web. Với Excel của máy này, xin dùng trang riêng: mở tệp Excel ở đó để kiểm tra số liệu và lập báo cáo, dữ liệu không rời khỏi máy.',
      link: 'Mở trang Báo cáo CCHC',
      copy: 'Nếu liên kết không mở, xin chép địa chỉ này vào Chrome, Edge hoặc Firefox:',
    },
    en: {
      title: 'This version of Excel is too old for the CCHC report pane',
      body: 'The pane needs Excel 2019, Excel 2021, Microsoft 365 or Excel on the web. With this Excel, please use the standalone page: open your Excel file there to check the data and draft the report; the data stays on this computer.',
      link: 'Open the CCHC report page',
      copy: 'If the link does not open, copy this address into Chrome, Edge or Firefox:',
    },
  },
};

interface OfficeLike {
  context: { requirements: { isSetSupported(name: string, version?: string): boolean } };
}

/** True when Office reports the ExcelApi set the pane needs; false when it cannot say. */
export function hasPaneExcelApi(office: OfficeLike): boolean {
  try {
    return !!office.context.requirements.isSetSupported('ExcelApi', PANE_EXCEL_API);
  } catch {
    return false;
  }
}

/** True when the host is Excel at all (every Excel has ExcelApi 1.1; Word and PowerPoint do not). */
export function isExcel(office: OfficeLike): boolean {
  try {
    return !!office.context.requirements.isSetSupported('ExcelApi', '1.1');
  } catch {
    return false;
  }
}

/** Replaces the page's body with the message, in plain DOM. `webPage` is relative to the pane's page. */
export function showLegacyMessage(doc: Document, webPage?: string, reason?: LegacyReason): void {
  const page = webPage || 'web.html';
  const texts = TEXT[reason || 'webview'];
  const body = doc.body;
  while (body.firstChild) body.removeChild(body.firstChild);
  const box = doc.createElement('div');
  box.setAttribute('role', 'alert');
  box.setAttribute('id', 'legacy-webview');
  box.setAttribute('data-reason', reason || 'webview');
  box.style.fontFamily = "'Segoe UI', Arial, sans-serif";
  box.style.fontSize = '14px';
  box.style.lineHeight = '1.45';
  box.style.padding = '16px';
  const langs: ('vi' | 'en')[] = ['vi', 'en'];
  for (let i = 0; i < langs.length; i++) {
    const t = texts[langs[i]];
    const section = doc.createElement('div');
    section.setAttribute('lang', langs[i]);
    if (i > 0) {
      section.style.marginTop = '20px';
      section.style.color = '#444';
    }
    const h = doc.createElement('h1');
    h.style.fontSize = '16px';
    h.appendChild(doc.createTextNode(t.title));
    section.appendChild(h);
    const p = doc.createElement('p');
    p.appendChild(doc.createTextNode(t.body));
    section.appendChild(p);
    const a = doc.createElement('a');
    a.setAttribute('href', page);
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener');
    a.appendChild(doc.createTextNode(t.link));
    const pa = doc.createElement('p');
    pa.appendChild(a);
    section.appendChild(pa);
    const pc = doc.createElement('p');
    pc.appendChild(doc.createTextNode(t.copy + ' '));
    const code = doc.createElement('code');
    // An anchor's href property is the absolute address, even in IE 11.
    code.appendChild(doc.createTextNode(a.href));
    pc.appendChild(code);
    section.appendChild(pc);
    box.appendChild(section);
  }
  body.appendChild(box);
}

/** The inline script's entry: true when the message was shown (the bundle then does nothing). */
export function checkLegacyWebview(win: Window): boolean {
  if (!isLegacyWebview(win.navigator.userAgent)) return false;
  showLegacyMessage(win.document);
  return true;
}
