import { useState, type FormEvent } from 'react';
import { uploadCsv, type ImportAnswer } from '../../api/upload-csv';
import { useI18n } from '../../i18n/i18n';

/**
 * Uploads a CSV file of values (the columns of `npm run import`) with a progress bar; the hub
 * writes all its rows or none, and a refusal lists the problems by line.
 */
export function CsvUpload({ onImported }: { onImported: () => void }) {
  const { t, number } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [draft, setDraft] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function upload(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setAnswer(null);
    setFailure(null);
    setProgress(0);
    try {
      const result = await uploadCsv(file, draft, setProgress);
      setAnswer(result);
      if (result.ok) onImported();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <form className="csv-upload" onSubmit={(event) => void upload(event)} aria-labelledby="csv-upload-title">
      <h2 id="csv-upload-title">{t('collect.csvTitle')}</h2>
      <p>{t('collect.csvIntro')}</p>
      <label>
        {t('collect.csvFile')}{' '}
        <input type="file" accept=".csv,text/csv" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </label>{' '}
      <label>
        <input type="checkbox" checked={draft} onChange={(event) => setDraft(event.target.checked)} />{' '}
        {t('collect.csvDraft')}
      </label>{' '}
      <button type="submit" disabled={!file || (progress !== null && progress < 1 && !answer)}>
        {t('collect.csvUpload')}
      </button>
      {progress !== null && (
        <p>
          <label>
            {t('collect.csvProgress')}{' '}
            <progress max={1} value={progress}>
              {number(Math.round(progress * 100))} %
            </progress>
          </label>
        </p>
      )}
      <div aria-live="polite">
        {answer?.ok && (
          <p role="status">
            {t('collect.saved', { created: answer.created, updated: answer.updated, unchanged: answer.unchanged })}
          </p>
        )}
        {answer && !answer.ok && (
          <div role="alert">
            <p>{t('collect.csvRefused', { count: answer.problems.length })}</p>
            <ul className="problems">
              {answer.problems.map((problem, index) => (
                <li key={index}>
                  {problem.line !== undefined && <strong>{t('collect.csvLine', { line: problem.line })}</strong>}{' '}
                  {problem.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {failure && <p role="alert">{t('status.failed', { message: failure })}</p>}
      </div>
    </form>
  );
}
