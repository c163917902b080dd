import { useFieldProblem } from './field-problem';
import { list } from './form-values';
import type { RecordForm } from './record-form';
import type { Choice } from './choice-options';

/**
 * A fieldset of checkboxes choosing any of `options` (themes, ways of splitting values), kept in the
 * options' order; the problem is shown beneath the legend and announced through the fieldset.
 */
export function CheckGroup({
  form,
  name,
  legend,
  options,
}: {
  form: RecordForm;
  name: string;
  legend: string;
  options: Choice[];
}) {
  const { id, problem, message } = useFieldProblem(form, name);
  const chosen = list(form.values[name]);
  return (
    <fieldset
      className={`field wide check-group${problem ? ' has-problem' : ''}`}
      aria-invalid={problem ? true : undefined}
      aria-describedby={problem ? `${id}-problem` : undefined}
    >
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input
            type="checkbox"
            checked={chosen.includes(option.value)}
            onChange={(event) =>
              form.set(
                name,
                options
                  .map((o) => o.value)
                  .filter((value) => (value === option.value ? event.target.checked : chosen.includes(value))),
              )
            }
          />
          {option.label}
        </label>
      ))}
      {message}
    </fieldset>
  );
}
