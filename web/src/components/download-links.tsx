import { useI18n } from '../i18n/i18n';

/**
 * Links that download a table as CSV and as XLSX from the hub's `/export/{table}.{csv|xlsx}`, with
 * the choices on screen (`query`, the page's URL state) so the file holds what the table shows.
 */
export function DownloadLinks({ table, query }: { table: string; query: Record<string, string> }) {
  const { t } = useI18n();
  const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== '')).toString();
  return (
    <p className="downloads no-print">
      <a href={`/export/${table}.csv?${search}`} download>
        {t('download.csv')}
      </a>{' '}
      ·{' '}
      <a href={`/export/${table}.xlsx?${search}`} download>
        {t('download.xlsx')}
      </a>
    </p>
  );
}
