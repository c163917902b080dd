import { useI18n } from '../i18n/i18n';

/**
 * Links that download a table as CSV and as XLSX from the hub's `/export/{table}.{csv|xlsx}`, with
 * the choices on screen (`query`, the page's URL state) so the file holds what the table shows.
 * `tableName` (the table's caption) names the table in the links' accessible names, where a page
 * has several tables of one kind, each with its links.
 */
export function DownloadLinks({
  table,
  query,
  tableName,
}: {
  table: string;
  query: Record<string, string>;
  tableName?: string;
}) {
  const { t } = useI18n();
  const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== '')).toString();
  return (
    <p className="downloads no-print">
      <a
        href={`/export/${table}.csv?${search}`}
        download
        aria-label={tableName ? t('download.csvOf', { table: tableName }) : undefined}
      >
        {t('download.csv')}
      </a>{' '}
      ·{' '}
      <a
        href={`/export/${table}.xlsx?${search}`}
        download
        aria-label={tableName ? t('download.xlsxOf', { table: tableName }) : undefined}
      >
        {t('download.xlsx')}
      </a>
    </p>
  );
}
