import { LabelledField } from './labelled-field';
import type { RecordForm } from './record-form';

/** One option of a choice: the value sent, the label shown. */
export interface Choice {
  value: string;
  label: string;
}

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
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
