import { ChoiceOptions, type Choice } from './choice-options';
import { LabelledField } from './labelled-field';
import type { RecordForm } from './record-form';

/** A labelled choice of one option (an empty option first unless `required`); its problem shown beneath. */
export function SelectField({
  form,
  name,
  label,
  options,
  required = false,
}: {
  form: RecordForm;
  name: string;
  label: string;
  options: Choice[];
  required?: boolean;
}) {
  return (
    <LabelledField form={form} name={name} label={label}>
      {(attributes) => (
        <select
          {...attributes}
          required={required}
          value={String(form.values[name] ?? '')}
          onChange={(event) => form.set(name, event.target.value)}
        >
          {!required && <option value="">–</option>}
          <ChoiceOptions options={options} />
        </select>
      )}
    </LabelledField>
  );
}
