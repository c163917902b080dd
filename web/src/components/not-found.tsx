import { Link } from 'wouter';
import { useI18n } from '../i18n/i18n';
import { useDocumentTitle } from './document-title';

/** What a path that names no page, or a code that names nothing, shows: its own heading and tab title, and the way back. */
export function NotFound() {
  const { t } = useI18n();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link href="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
