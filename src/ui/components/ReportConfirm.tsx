/** Asks before making a report from data that still has errors. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { Lang } from '../../core/issues';
import { t } from '../i18n';

export interface ReportConfirmProps {
  open: boolean;
  errors: number;
  lang: Lang;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ReportConfirm({ open, errors, lang, onConfirm, onCancel }: ReportConfirmProps) {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_e, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(lang, 'confirmTitle')}</DialogTitle>
          <DialogContent>{t(lang, 'confirmBody', { errors })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onCancel}>
              {t(lang, 'cancel')}
            </Button>
            <Button onClick={onConfirm}>{t(lang, 'confirmGo')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
