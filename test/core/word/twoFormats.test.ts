/**
 * One report model, two renderers (issue 13 §2): the .docx and the HTML of the Mac copy path say the
 * same thing — the same paragraphs in the same order, each with the same runs of text and the same
 * marks (bold, italics, highlighted placeholder or figure to check), the same footnotes. The .docx is
 * written and read back from its XML; the HTML is parsed by the DOM.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Packer } from 'docx';
import { JSDOM } from 'jsdom';
import { analyze, type Analysis } from '../../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../../src/hosts/file';
import { draftHtml, htmlToText } from '../../../src/core/word/html';
import { buildWordDraft } from '../../../src/core/word';
import { renderDocx } from '../../../src/core/word/render/docx';
import { renderHtml } from '../../../src/core/word/render/html';
import { buildReport } from '../../../src/core/word/report';
import { emptyAnalysis, seedAnalysis, unzipDocx } from './fixture';

interface Run {
  text: string;
  b: boolean;
  i: boolean;
  h: boolean;
}
/** A footnote mark, in either format. */
const NOTE: Run = { text: '^', b: false, i: false, h: false };

/** Adjacent runs with the same marks joined; empty runs and blank paragraphs left out. */
function tidy(paras: Run[][]): Run[][] {
  return paras
    .map((runs) =>
      runs
        .filter((r) => r.text !== '')
        .reduce<Run[]>((out, r) => {
          const last = out[out.length - 1];
          if (last && last !== NOTE && r !== NOTE && last.b === r.b && last.i === r.i && last.h === r.h)
            out[out.length - 1] = { ...last, text: last.text + r.text };
          else out.push(r);
          return out;
        }, []),
    )
    .filter((runs) => runs.some((r) => r !== NOTE && r.text.trim() !== ''));
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function docxParas(xml: string): Run[][] {
  return tidy(
    (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) =>
      (p.match(/<w:r[ >][\s\S]*?<\/w:r>/g) ?? []).map((r): Run => {
        if (/<w:footnoteRef(erence)?[ />]/.test(r)) return NOTE;
        const text = (r.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => decode(t.replace(/<[^>]+>/g, ''))).join('');
        return { text, b: /<w:b\/>/.test(r), i: /<w:i\/>/.test(r), h: /<w:highlight /.test(r) };
      }),
    ),
  );
}

function htmlParas(ps: Element[]): Run[][] {
  return tidy(
    ps.map((p) => {
      const runs: Run[] = [];
      const walk = (n: Node, m: Omit<Run, 'text'>) => {
        if (n.nodeType === 3) runs.push({ text: n.textContent ?? '', ...m });
        else if (n.nodeType === 1) {
          const tag = (n as Element).tagName;
          if (tag === 'SUP') runs.push(NOTE);
          else n.childNodes.forEach((c) => walk(c, { b: m.b || tag === 'B', i: m.i || tag === 'I', h: m.h || tag === 'MARK' }));
        }
      };
      p.childNodes.forEach((c) => walk(c, { b: false, i: false, h: false }));
      return runs;
    }),
  );
}

async function bothOf(a: Analysis) {
  const model = buildReport(a);
  const parts = unzipDocx(await Packer.pack(renderDocx(model), 'uint8array'));
  const dom = new JSDOM(`<body>${renderHtml(model)}</body>`).window.document;
  const all = [...dom.querySelectorAll('p')];
  const inNotes = (p: Element) => p.closest('.cchc-notes') !== null;
  return {
    docx: { body: docxParas(parts['word/document.xml']), notes: docxParas(parts['word/footnotes.xml']) },
    html: { body: htmlParas(all.filter((p) => !inNotes(p))), notes: htmlParas(all.filter(inNotes)) },
  };
}

async function example(): Promise<Analysis> {
  const bytes = new Uint8Array(fs.readFileSync(path.resolve(__dirname, '../../../examples/ba-bich-2023.xlsx')));
  return analyze(await readSnapshotFromXlsx(bytes));
}

describe.each([
  ['the seed', async () => seedAnalysis()],
  ['an empty workbook', async () => emptyAnalysis()],
  ['the example workbook, errors open', example],
])('%s: the .docx and the HTML say the same thing', (_name, make) => {
  let both: Awaited<ReturnType<typeof bothOf>>;
  beforeAll(async () => {
    both = await bothOf(await make());
  });

  test('the same paragraphs, runs and marks in the same order', () => {
    expect(both.docx.body.length).toBeGreaterThan(40);
    expect(both.html.body).toEqual(both.docx.body);
  });

  test('the same footnotes', () => {
    expect(both.html.notes).toEqual(both.docx.notes);
  });
});

test('the comparison sees a difference: a mark or a word changed in one format fails it', async () => {
  const { docx, html } = await bothOf(seedAnalysis());
  const k = docx.body.findIndex((p) => p.some((r) => r.h));
  expect(k).toBeGreaterThanOrEqual(0);
  const unmarked = html.body.map((p, j) => (j === k ? p.map((r) => ({ ...r, h: false })) : p));
  expect(tidy(unmarked)).not.toEqual(docx.body);
});

test('the HTML entry point renders the same model: figures, placeholders marked, workbook text escaped', async () => {
  const a = seedAnalysis();
  a.info = { ...a.info, title: 'Kết quả CCHC <quý I> & "năm"' };
  const html = draftHtml(a);
  expect(html).toContain('Kết quả CCHC &lt;quý I&gt; &amp; &quot;năm&quot;');
  expect(html).toContain('Số lượng hồ sơ tiếp nhận: ');
  expect(html).toContain('<mark style="background:yellow">[Nêu căn cứ báo cáo');
  const text = htmlToText(html);
  expect(text).toContain('Kết quả CCHC <quý I> & "năm"');
  expect(text).toMatch(/đã ban hành 09 văn bản\(1\) chỉ đạo/);
  expect(text).not.toMatch(/<\/?(p|mark|b|i|td|sup)\b/);
  expect(text).toContain('Sau đại học\t1\t4,8');
  // The .docx of the same analysis states the same title.
  expect(unzipDocx(await buildWordDraft(a))['word/document.xml']).toContain('Kết quả CCHC &lt;quý I&gt; &amp; &quot;năm&quot;');
});
