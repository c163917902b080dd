import { useFieldProblem } from './field-problem';
import type { RecordForm } from './record-form';

/** A labelled checkbox (the label around it); its problem shown beneath. */
export function CheckField({ form, name, label }: { form: RecordForm; name: string; label: string }) {
  const { problem, attributes, message } = useFieldProblem(form, name);
  return (
    <div className={`field check${problem ? ' has-problem' : ''}`}>
      <label>
        <input
          {...attributes}
          type="checkbox"
          checked={form.values[name] === true}
          onChange={(event) => form.set(name, event.target.checked)}
        />
        {label}
      </label>
      {message}
    </div>
  );
}
