/** Asks before adding the template sheets to the open workbook, naming each sheet it will add (issue 11 §5). */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { Lang } from '../../core/issues';
import { t } from '../i18n';
import { heldList, type HeldSheet } from '../templatePlan';

export interface TemplateConfirmProps {
  /** The sheets that will be added; null: the dialog is closed. */
  sheets: string[] | null;
  /** Template sheets not added: the workbook already holds their kind, on its own sheets. */
  held: HeldSheet[];
  lang: Lang;
  onConfirm: () => void;
  onCancel: () => void;
}

export function TemplateConfirm({ sheets, held, lang, onConfirm, onCancel }: TemplateConfirmProps) {
  return (
    <Dialog open={sheets !== null} modalType="modal" onOpenChange={(_e, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby="template-confirm-body">
        <DialogBody>
          <DialogTitle>{t(lang, 'templateConfirmTitle')}</DialogTitle>
          <DialogContent id="template-confirm-body">
            <p>{t(lang, 'templateConfirmBody', { count: sheets?.length ?? 0 })}</p>
            <ul>
              {(sheets ?? []).map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
            {held.length > 0 && <p>{t(lang, 'templateConfirmExisting', { sheets: heldList(held, lang) })}</p>}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t(lang, 'templateConfirmGo')}
            </Button>
            <Button onClick={onCancel}>{t(lang, 'templateConfirmCancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
