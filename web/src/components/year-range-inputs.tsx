import { useI18n } from '../i18n/i18n';
import { YearField } from './filter-fields';

/** The "from" and "to" year fields a page's choice keeps in the URL (the Charter counts, a series). */
export function YearRangeInputs(props: {
  from: string;
  to: string;
  onChange: (change: { from: string } | { to: string }) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <YearField label={t('series.from')} value={props.from} onChange={(from) => props.onChange({ from })} />
      <YearField label={t('series.to')} value={props.to} onChange={(to) => props.onChange({ to })} />
    </>
  );
}
