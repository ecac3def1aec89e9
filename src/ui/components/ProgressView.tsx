/** What the pane is doing now: a spinner with the stage, and a bar when the fraction is known. */
import { ProgressBar, Spinner } from '@fluentui/react-components';
import type { Lang } from '../../core/issues';
import type { Progress } from '../../hosts/host';
import { stageLabel } from '../i18n';

export function ProgressView({ progress, lang }: { progress: Progress; lang: Lang }) {
  return (
    <div role="status" aria-live="polite">
      <Spinner size="tiny" label={stageLabel(lang, progress.stage)} labelPosition="after" />
      {progress.fraction !== null && <ProgressBar value={Math.max(0, Math.min(1, progress.fraction))} />}
    </div>
  );
}
