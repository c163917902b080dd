import { useI18n } from '../i18n/i18n';

/** An observation's source as the reader sees it: its title (linked), and the source's own words. */
export interface SourceNoteProps {
  source: { title: string; url?: string | null; publishedYear?: number | null } | null | undefined;
  quote?: string | null;
}

export function SourceNote({ source, quote }: SourceNoteProps) {
  const { t } = useI18n();
  if (!source) return <span className="source">{t('source.none')}</span>;
  return (
    <span className="source">
      {t('source.label')}: {source.url ? <a href={source.url}>{source.title}</a> : source.title}
      {source.publishedYear ? ` (${source.publishedYear})` : ''}
      {quote ? <q>{quote}</q> : null}
    </span>
  );
}
