import { useI18n } from '../../i18n/i18n';
import { ChoiceOptions, type Choice } from './choice-options';

/** The labelled choice of the record a form edits, a new record first. */
export function RecordChoice({
  id,
  label,
  chosen,
  options,
  onChoose,
}: {
  id: string;
  label: string;
  chosen: string;
  options: Choice[];
  onChoose: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="field record-choice">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={chosen} onChange={(event) => onChoose(event.target.value)}>
        <option value="">{t('adminForm.new')}</option>
        <ChoiceOptions options={options} />
      </select>
    </div>
  );
}
