import { useI18n } from '../i18n/i18n';

/** Said where the hub holds no values to show: how to import some, and how to see the app full. */
export function EmptyValues() {
  const { t } = useI18n();
  return (
    <div className="empty" role="note">
      <p>{t('empty.noValues')}</p>
      <ul>
        <li>
          {t('empty.importCommand')} <code>npm run import -- observations.csv</code>
        </li>
        <li>
          {t('empty.importEndpoint')} <code>POST /import/observations</code>
        </li>
        <li>
          {t('empty.demo')} <code>npm run demo</code>
        </li>
      </ul>
    </div>
  );
}
