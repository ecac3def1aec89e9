/**
 * The Word draft of the CCHC report (.docx), laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I: the
 * report model (report.ts) rendered by render/docx.ts. Pure: returns the bytes; the host saves them.
 * The same model rendered to HTML is in html.ts (no `docx` there, for the task pane).
 */
import { Packer, type Document } from 'docx';
import type { Analysis } from '../analyze';
import { renderDocx } from './render/docx';
import { buildReport } from './report';

export { documentTitle } from './report';

export function buildDocument(analysis: Analysis): Document {
  return renderDocx(buildReport(analysis));
}

/** The .docx bytes; `uint8array` output works the same in Node and in the browser. */
export async function buildWordDraft(analysis: Analysis): Promise<Uint8Array> {
  return Packer.pack(buildDocument(analysis), 'uint8array');
}
