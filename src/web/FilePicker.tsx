/** A file button and a drop zone for one workbook (.xlsx, .xls, or a web system's XML/HTML export). */
import { useRef, useState } from 'react';
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

export interface FilePickerProps {
  lang: Lang;
  label: string;
  onFile: (f: File) => void;
  /** A slim bar once a file is open. */
  compact?: boolean;
}

export function FilePicker({ lang, label, onFile, compact }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
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
        accept=".xlsx,.xlsm,.xls,.xml,.htm,.html,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onFile(f);
          e.target.value = '';
        }}
      />
      <Button appearance={compact ? 'secondary' : 'primary'} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <Caption1>{t(lang, 'dropHere')}</Caption1>
    </div>
  );
}
