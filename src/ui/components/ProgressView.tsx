/** What the pane is doing now: a spinner with the stage and, when the fraction is known, its percentage and a bar. */
import { ProgressBar, Spinner } from '@fluentui/react-components';
import type { Lang } from '../../core/issues';
import type { Progress } from '../../hosts/host';
import { stageLabel } from '../i18n';

/** "Đang kiểm tra số liệu… 60%": the stage, and its percentage when known (issue 11 §8). */
export function progressText(progress: Progress, lang: Lang): string {
  const f = progress.fraction;
  return f === null ? stageLabel(lang, progress.stage) : `${stageLabel(lang, progress.stage)} ${Math.round(Math.max(0, Math.min(1, f)) * 100)}%`;
}

export function ProgressView({ progress, lang }: { progress: Progress; lang: Lang }) {
  return (
    <div role="status" aria-live="polite">
      <Spinner size="tiny" label={progressText(progress, lang)} labelPosition="after" />
      {progress.fraction !== null && <ProgressBar value={Math.max(0, Math.min(1, progress.fraction))} />}
    </div>
  );
}
