/** The roll-up page's entry (rollup.html): RollupApp with the web page's own worker, or the in-page fallback from disk. */
import { createRoot } from 'react-dom/client';
import type { WorkerLike } from '../client';
import { workerOrInPage } from '../fallback';
import { InPageWorker } from '../inPage';
import { RollupApp } from './RollupApp';

const root = document.getElementById('root');
if (root) {
  const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi';
  document.documentElement.lang = lang;
  createRoot(root).render(
    <RollupApp
      lang={lang}
      createWorker={() =>
        workerOrInPage(
          () => new Worker(new URL('../worker.ts', import.meta.url)) as unknown as WorkerLike,
          () => new InPageWorker(() => import('../inPageHandler').then((m) => m.makePageHandler)),
        )
      }
    />,
  );
}
