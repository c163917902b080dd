import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n';

/** Gives the browser tab the page's own title beside the site's name, both in the chosen language. */
export function useDocumentTitle(title: string): void {
  const { t } = useI18n();
  const site = t('site.name');
  useEffect(() => {
    document.title = `${title} – ${site}`;
  }, [title, site]);
}
