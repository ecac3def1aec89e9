/**
 * A file button and a drop zone for one workbook (.xlsx, .xls, or a web system's XML/HTML export).
 * Where the browser has the File System Access API (Chromium, Edge), the button uses its picker, whose
 * handle reads the saved file again later without asking; elsewhere, and when that picker is refused,
 * the ordinary file input.
 */
import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { Button, Caption1, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { Lang } from '../core/issues';
import { t } from '../ui/i18n';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    textAlign: 'center',
  },
  compact: { flexDirection: 'row', flexWrap: 'wrap', padding: tokens.spacingVerticalS },
  over: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
});

const EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.xml', '.htm', '.html'];

/** window.showOpenFilePicker, which TypeScript's DOM types leave out (not in every browser). */
type OpenFilePicker = (options: { types: { description: string; accept: Record<string, string[]> }[]; multiple: boolean }) => Promise<FileSystemFileHandle[]>;

export interface FilePickerProps {
  lang: Lang;
  label: string;
  /** The file chosen; `handle` when it came from the File System Access picker. */
  onFile: (f: File, handle?: FileSystemFileHandle) => void;
  /** A slim bar once a file is open. */
  compact?: boolean;
  /** Set to a function that opens the chooser, for a button elsewhere (the page's «Chọn lại tệp»). */
  chooseRef?: Ref<() => void>;
}

export function FilePicker({ lang, label, onFile, compact, chooseRef }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  async function choose() {
    const picker = (window as { showOpenFilePicker?: OpenFilePicker }).showOpenFilePicker;
    if (picker) {
      try {
        const [handle] = await picker({ types: [{ description: 'Excel', accept: { 'application/vnd.ms-excel': EXTENSIONS } }], multiple: false });
        if (handle) onFile(await handle.getFile(), handle);
        return;
      } catch (e) {
        // The clerk closed the chooser: nothing to do.
        if ((e as { name?: unknown } | null)?.name === 'AbortError') return;
        // Refused here (a frame, a policy): the file input below.
      }
    }
    input.current?.click();
  }
  useImperativeHandle(chooseRef, () => () => void choose());

  return (
    <div
      className={mergeClasses(styles.zone, compact && styles.compact, over && styles.over)}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const f = e.dataTransfer.files[0];
        if (f) onFile(f);
      }}
    >
      <input
        ref={input}
        type="file"
        accept={`${EXTENSIONS.join(',')},application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel`}
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onFile(f);
          e.target.value = '';
        }}
      />
      <Button appearance={compact ? 'secondary' : 'primary'} onClick={() => void choose()}>
        {label}
      </Button>
      <Caption1>{t(lang, 'dropHere')}</Caption1>
    </div>
  );
}
