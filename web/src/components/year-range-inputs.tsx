import { useI18n } from '../i18n/i18n';

/** The "from" and "to" year fields a page's choice keeps in the URL (the Charter counts, a series). */
export function YearRangeInputs(props: {
  from: string;
  to: string;
  onChange: (change: { from: string } | { to: string }) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <label>
        {t('series.from')}
        <input
          type="number"
          min={1990}
          max={2100}
          value={props.from}
          onChange={(event) => props.onChange({ from: event.target.value })}
        />
      </label>
      <label>
        {t('series.to')}
        <input
          type="number"
          min={1990}
          max={2100}
          value={props.to}
          onChange={(event) => props.onChange({ to: event.target.value })}
        />
      </label>
    </>
  );
}
