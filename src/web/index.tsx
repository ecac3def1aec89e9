/** The standalone page's entry: mounts WebApp in <div id="root"> with a worker for the workbook. */
import { createRoot } from 'react-dom/client';
import { WebApp } from './WebApp';
import type { WorkerLike } from './client';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <WebApp createWorker={() => new Worker(new URL('./worker.ts', import.meta.url)) as unknown as WorkerLike} />,
  );
}
