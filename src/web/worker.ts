/**
 * The web page's worker: opens the .xlsx with the file host, checks it and makes the outputs, so
 * the page never freezes on a large workbook. Nothing leaves the machine.
 */
import { FileHost } from '../hosts/file';
import { defaultCore } from '../ui/core';
import { createHandler } from './handler';
import { withNativeInflate } from './nativeInflate';
import type { WorkerReply, WorkerRequest } from './protocol';

// The DOM lib types `self` as a Window; in a dedicated worker it is this.
const scope = self as unknown as {
  postMessage(message: WorkerReply, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
};

const handle = createHandler(
  (reply, transfer) => scope.postMessage(reply, transfer ?? []),
  { open: (bytes) => withNativeInflate(bytes, () => FileHost.open(bytes)), blank: () => FileHost.blank() },
  defaultCore,
);

scope.onmessage = (e) => void handle(e.data);
// The worker is started for a check: its analysis core's chunk (the one defaultCore loads) is fetched and
// compiled while the file is sent and read. The task pane's first script is left as it was.
void import('../ui/coreModules').catch(() => undefined);
