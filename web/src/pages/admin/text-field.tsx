import { LabelledField } from './labelled-field';
import type { RecordForm } from './record-form';

/**
 * A labelled text, date, URL or longer text field; `maxLength` is the most the API takes, so what
 * is typed past it is not sent to be refused. The server's problem with it is shown beneath.
 */
export function TextField({
  form,
  name,
  label,
  type = 'text',
  required = false,
  wide = false,
  hint,
  maxLength,
}: {
  form: RecordForm;
  name: string;
  label: string;
  type?: 'text' | 'date' | 'url' | 'textarea';
  required?: boolean;
  wide?: boolean;
  hint?: string;
  maxLength?: number;
}) {
  const value = String(form.values[name] ?? '');
  return (
    <LabelledField form={form} name={name} label={label} wide={wide}>
      {(attributes) =>
        type === 'textarea' ? (
          <textarea
            {...attributes}
            rows={3}
            maxLength={maxLength}
            value={value}
            onChange={(event) => form.set(name, event.target.value)}
          />
        ) : (
          <input
            {...attributes}
            type={type}
            required={required}
            placeholder={hint}
            autoComplete="off"
            maxLength={maxLength}
            value={value}
            onChange={(event) => form.set(name, event.target.value)}
          />
        )
      }
    </LabelledField>
  );
}
