/** Saving and copying from the page: a Blob download, and copying formatted text. */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A macro-enabled workbook (.xlsm), the copy of one that keeps its macros. */
export const XLSM_MIME = 'application/vnd.ms-excel.sheet.macroEnabled.12';
/** The workbook type a download named `fileName` needs: .xlsm's, else .xlsx's. */
export const workbookMime = (fileName: string): string => (/\.xlsm$/i.test(fileName) ? XLSM_MIME : XLSX_MIME);
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Saves bytes as a file through a temporary <a download> (Excel on the web, Windows, the web page). */
export function downloadBytes(bytes: Uint8Array, fileName: string, mime: string): void {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Copies HTML (with a plain-text twin) to the clipboard. `contents` may still be coming: the async
 * Clipboard API is called at once, before any await, with a ClipboardItem of promises, since Safari
 * (Mac, iPad) allows the write only while the click that asked for it lasts. Where that fails, the
 * older select-and-copy once the contents are there; false when both fail (the contents are then left
 * selected for ⌘C), null when the contents themselves failed (nothing to copy).
 */
export async function copyHtml(contents: { html: string; plain: string } | Promise<{ html: string; plain: string }>): Promise<boolean | null> {
  const ready = Promise.resolve(contents);
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      const blob = (pick: (c: { html: string; plain: string }) => string, type: string) => {
        const p = ready.then((c) => new Blob([pick(c)], { type }));
        // Handled here too: a failed check must not become an unhandled rejection.
        p.catch(() => undefined);
        return p;
      };
      await navigator.clipboard.write([new ClipboardItem({ 'text/html': blob((c) => c.html, 'text/html'), 'text/plain': blob((c) => c.plain, 'text/plain') })]);
      return true;
    }
  } catch {
    // Fall through: some webviews refuse the async API, or promises in a ClipboardItem.
  }
  let html: string;
  try {
    html = (await ready).html;
  } catch {
    return null;
  }
  const holder = document.createElement('div');
  holder.contentEditable = 'true';
  holder.setAttribute('aria-hidden', 'true');
  holder.style.position = 'fixed';
  holder.style.left = '-10000px';
  holder.innerHTML = html;
  document.body.appendChild(holder);
  const range = document.createRange();
  range.selectNodeContents(holder);
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  if (ok) {
    sel?.removeAllRanges();
    holder.remove();
  }
  return ok;
}

/**
 * Copies plain text: the async Clipboard API, else the older select-and-copy of a hidden text box.
 * False when both fail (the caller then shows the text to copy by hand).
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through: a page opened from disk or an old webview may refuse the async API.
  }
  const active = document.activeElement as HTMLElement | null;
  const box = document.createElement('textarea');
  box.value = text;
  box.setAttribute('readonly', '');
  box.setAttribute('aria-hidden', 'true');
  box.style.position = 'fixed';
  box.style.left = '-10000px';
  document.body.appendChild(box);
  box.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  box.remove();
  // The keyboard user stays on the line they acted on.
  active?.focus();
  return ok;
}

/** File.arrayBuffer where there is one; FileReader in older engines. Used by the web page and the roll-up page. */
export function readBytes(f: File): Promise<Uint8Array> {
  if (typeof f.arrayBuffer === 'function') return f.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(f);
  });
}
