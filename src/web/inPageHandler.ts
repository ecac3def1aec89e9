/**
 * The handler the page runs itself when it has no worker (see fallback.ts): the same createHandler
 * over the file host as worker.ts. Loaded on demand, so exceljs is fetched only when needed.
 */
import { FileHost } from '../hosts/file';
import { defaultCore, type CoreDeps } from '../ui/core';
import { createHandler, type FileHostFactory } from './handler';
import { afterPaint, type MakeHandler } from './inPage';
import { withNativeInflate } from './nativeInflate';

// Let the spinner paint before the long steps: opening the workbook and building the Word file.
const files: FileHostFactory = {
  async open(bytes) {
    await afterPaint();
    return withNativeInflate(bytes, () => FileHost.open(bytes));
  },
  blank: () => FileHost.blank(),
};

const core: CoreDeps = {
  ...defaultCore,
  async buildWordDraft(analysis) {
    await afterPaint();
    return defaultCore.buildWordDraft(analysis);
  },
};

export const makePageHandler: MakeHandler = (post) => createHandler(post, files, core);
