/** The pane's title and the language switch. */
import { useEffect } from 'react';
import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/issues';
import { t } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  sub: { color: tokens.colorNeutralForeground3 },
  // «Tiếng Việt» on one line at 320 px: the title beside it wraps instead.
  lang: { flexShrink: 0, whiteSpace: 'nowrap' },
});

export function Header({ lang, title, onLang }: { lang: Lang; title: string; onLang: (l: Lang) => void }) {
  const styles = useStyles();
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  // The page's own language follows the choice, so screen readers and the browser's spelling and hyphenation use it.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <header className={styles.root}>
      <div className={styles.text}>
        <Subtitle2 as="h1">{title}</Subtitle2>
        <Caption1 className={styles.sub}>{t(lang, 'appSubtitle')}</Caption1>
      </div>
      <Button className={styles.lang} size="small" appearance="outline" shape="circular" lang={other} onClick={() => onLang(other)}>
        {t(lang, 'langSwitch')}
      </Button>
    </header>
  );
}
