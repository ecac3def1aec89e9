/**
 * The standalone page's entry: mounts WebApp in <div id="root"> with a worker for the workbook, or,
 * where the browser will not start one (web.html opened from disk), the same work done in the page.
 */
import { createRoot } from 'react-dom/client';
import { WebApp } from './WebApp';
import type { WorkerLike } from './client';
import { workerOrInPage } from './fallback';
import { InPageWorker } from './inPage';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <WebApp
      createWorker={() =>
        workerOrInPage(
          () => new Worker(new URL('./worker.ts', import.meta.url)) as unknown as WorkerLike,
          () => new InPageWorker(() => import('./inPageHandler').then((m) => m.makePageHandler)),
        )
      }
    />,
  );
}
