/**
 * The report model (model.ts) as HTML, for Excel on Mac and iPad where the pane cannot download a
 * .docx: the clerk copies it and pastes it into Word. Same paragraphs, same runs and marks as the
 * .docx (render/docx.ts): each run is its text wrapped in <b>, <i> and a yellow <mark> as its marks
 * say; footnotes are numbered and listed at the end. Measures are the model's (twips, half-points)
 * turned into points, so Word pastes the Nghị định 30 sizes and spacing. Text is escaped, never markup.
 */
import { cleanText } from '../../text/clean';
import { isFootnote, type Block, type Cell, type Para, type Part, type ReportModel, type TableBlock } from '../model';
import { FONT } from '../page';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Twips to points (20 twips = 1 pt). */
const pt = (twips: number) => `${Math.round(twips / 2) / 10}pt`;

/** One run: its text wrapped in its marks, outermost first: <b>, <i>, then the highlight. */
function run(text: string, bold: boolean | undefined, italics: boolean | undefined, highlight: boolean | undefined): string {
  let html = esc(cleanText(text));
  if (highlight) html = `<mark style="background:yellow">${html}</mark>`;
  if (italics) html = `<i>${html}</i>`;
  if (bold) html = `<b>${html}</b>`;
  return html;
}

class Renderer {
  private notes: string[] = [];

  parts(parts: Part[], base: Para['run']): string {
    return parts
      .map((p) => {
        if (typeof p === 'string') return run(p, base.bold, base.italics, false);
        if (isFootnote(p)) {
          this.notes.push(p.footnote.map((f, k) => this.para(f, k === 0 ? this.notes.length + 1 : undefined)).join('\n'));
          const n = this.notes.length;
          return `<sup><a href="#cchc-note-${n}">${n}</a></sup>`;
        }
        return run(p.text, p.bold ?? base.bold, p.italics ?? base.italics, p.ph);
      })
      .join('');
  }

  para(p: Para, note?: number): string {
    const s: string[] = [`margin:${pt(p.spacing?.before ?? 0)} 0 ${pt(p.spacing?.after ?? 0)} 0`];
    if (p.align) s.push(`text-align:${p.align === 'both' ? 'justify' : p.align}`);
    if (p.indent?.firstLine) s.push(`text-indent:${pt(p.indent.firstLine)}`);
    if (p.indent?.left) s.push(`margin-left:${pt(p.indent.left)}`);
    if (p.indent?.right) s.push(`margin-right:${pt(p.indent.right)}`);
    if (p.run.size) s.push(`font-size:${p.run.size / 2}pt`);
    if (p.spacing?.line && p.spacing.lineRule === 'auto') s.push(`line-height:${Math.round((p.spacing.line / 240) * 100) / 100}`);
    if (p.pageBreakBefore) s.push('page-break-before:always');
    if (p.bottomRule) s.push('border-bottom:1px solid #000;line-height:3pt;font-size:3pt');
    const id = note ? ` id="cchc-note-${note}"` : '';
    const mark = note ? `<sup>${note}\u00a0</sup>` : '';
    const inner = this.parts(p.parts, p.run);
    return `<p${id} style="${s.join(';')}">${mark}${inner || '&nbsp;'}</p>`;
  }

  cell(c: Cell, style: TableBlock['style']): string {
    const s = [`width:${pt(c.width)}`, style === 'grid' ? 'border:1px solid #000;vertical-align:middle;padding:1pt 2pt' : 'vertical-align:top;padding:0 3pt'];
    const span = `${c.columnSpan ? ` colspan="${c.columnSpan}"` : ''}${c.rowSpan ? ` rowspan="${c.rowSpan}"` : ''}`;
    return `<td${span} style="${s.join(';')}">${c.paras.map((p) => this.para(p)).join('')}</td>`;
  }

  table(t: TableBlock): string {
    const rows = t.rows.map((r) => `<tr>${r.cells.map((c) => this.cell(c, t.style)).join('')}</tr>`);
    return `<table style="width:100%;border-collapse:collapse">\n${rows.join('\n')}\n</table>`;
  }

  block(b: Block): string {
    return b.kind === 'para' ? this.para(b) : this.table(b);
  }

  document(model: ReportModel): string {
    const body = model.blocks.map((b) => this.block(b));
    const notes = this.notes.length ? ['<hr style="width:30%;margin-left:0">', `<div class="cchc-notes">\n${this.notes.join('\n')}\n</div>`] : [];
    return `<div style="font-family:'${FONT}',serif;font-size:14pt">\n${[...body, ...notes].join('\n')}\n</div>`;
  }
}

/** The whole report as one HTML fragment (a <div>), footnotes at its end. */
export function renderHtml(model: ReportModel): string {
  return new Renderer().document(model);
}

/** The same contents as plain text, for the clipboard's text/plain flavour: a line per paragraph, cells by tabs. */
export function htmlToText(html: string): string {
  return html
    .replace(/\n/g, '')
    .replace(/<\/p><\/td>/g, '</td>')
    .replace(/<\/p>/g, '\n')
    .replace(/<\/td>/g, '\t')
    .replace(/<\/tr>/g, '\n')
    .replace(/<sup>(?:<a [^>]*>)?(\d+)(?:<\/a>)?\u00a0?<\/sup>/g, '($1)')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((l) => l.replace(/\s+$/u, ''))
    .filter((l, k, all) => l !== '' || (k > 0 && all[k - 1] !== ''))
    .join('\n')
    .trim();
}
