/**
 * Old webviews: volume-licensed Office through 2019 runs task panes in Internet Explorer 11
 * ("Trident") or Edge Legacy ("Edge/"), which React 18 and Fluent UI v9 do not support. There the
 * pane shows a plain message pointing to the standalone page (web.html), which is how those
 * communes use the product.
 *
 * This file is also compiled to ES5 by webpack.config.js and inlined in taskpane.html, because
 * the main bundle (ES2020) does not even parse in those browsers. So: ES5-safe code only here
 * (no spread, no String.includes, no URL, no Array.from), and no imports.
 */

export function isLegacyWebview(userAgent: string): boolean {
  return userAgent.indexOf('Trident/') >= 0 || userAgent.indexOf('MSIE ') >= 0 || userAgent.indexOf('Edge/') >= 0;
}

const TEXT = {
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
};

/** Replaces the page's body with the message, in plain DOM. `webPage` is relative to the pane's page. */
export function showLegacyMessage(doc: Document, webPage?: string): void {
  const page = webPage || 'web.html';
  const body = doc.body;
  while (body.firstChild) body.removeChild(body.firstChild);
  const box = doc.createElement('div');
  box.setAttribute('role', 'alert');
  box.setAttribute('id', 'legacy-webview');
  box.style.fontFamily = "'Segoe UI', Arial, sans-serif";
  box.style.fontSize = '14px';
  box.style.lineHeight = '1.45';
  box.style.padding = '16px';
  const langs: ('vi' | 'en')[] = ['vi', 'en'];
  for (let i = 0; i < langs.length; i++) {
    const t = TEXT[langs[i]];
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
