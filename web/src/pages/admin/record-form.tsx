import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { postOperation, type OperationAnswer, type OperationError } from '../../api/post-operation';
import { MunicipalityForScopeDocument } from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';

/** What a record's form holds: text fields as written, checkboxes as booleans, check groups as lists. */
export type FormValues = Record<string, string | boolean | string[]>;

/** What the last save or archive answered: saved, refused as a whole, or a stale version. */
export type FormNotice =
  { kind: 'none' } | { kind: 'saved'; message: string } | { kind: 'refused'; message: string } | { kind: 'conflict' };

/** A field problem as a write reports it (`extensions.fields`). */
interface FieldProblem {
  path: string;
  reason: string;
}

/**
 * The form field a problem's path names: `input.publishedYear` is `publishedYear`, a link set's
 * `municipalities[0].municipality` is `municipalities`.
 */
export function fieldOfPath(path: string): string {
  return path.replace(/^input\./, '').split(/[.[]/)[0];
}

/**
 * The problems of a refused write by form field: those of `extensions.fields`, and a value the
 * API could not read as its type (`... at "input.startOn"`); the rest as one message.
 */
export function problemsOf(errors: OperationError[]): {
  fields: Record<string, string>;
  stale: boolean;
  message: string;
} {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  let stale = false;
  for (const error of errors) {
    const extensions = (error.extensions ?? {}) as { code?: string; fields?: FieldProblem[]; currentVersion?: number };
    if (extensions.code === 'CONFLICT' && extensions.currentVersion != null) stale = true;
    else if (extensions.fields?.length)
      for (const problem of extensions.fields) {
        const field = fieldOfPath(problem.path);
        fields[field] = fields[field] ? `${fields[field]} ${problem.reason}` : problem.reason;
      }
    else {
      const at = /at "input\.(\w+)/.exec(error.message);
      if (at) fields[at[1]] = error.message.replace(/^Variable "\$input" got invalid value /, '');
      else rest.push(error.message);
    }
  }
  return { fields, stale, message: rest.join(' ') };
}

/** Text as an optional input value: null when blank. */
export const textOrNull = (value: FormValues[string]) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
/**
 * Text as an optional number: null when blank. Text that is no number is sent as written, so the
 * API refuses it and names the field (`... at "input.grantAmount"`), shown there.
 */
export const numberOrNull = (value: FormValues[string]): number | null => {
  const written = textOrNull(value);
  if (written === null) return null;
  const number = Number(written.replace(',', '.'));
  return Number.isFinite(number) ? number : (written as unknown as number);
};
export const text = (value: FormValues[string]) => (typeof value === 'string' ? value.trim() : '');
export const list = (value: FormValues[string]) => (Array.isArray(value) ? value : []);

/**
 * Municipalities written `NO:0501` (separated by spaces or commas) as global ids; `unknown` names
 * the first that names none.
 */
export async function municipalityIds(written: string): Promise<{ ids: string[] } | { unknown: string }> {
  const ids: string[] = [];
  for (const name of written.split(/[\s,]+/).filter(Boolean)) {
    const match = /^([A-Za-z]{2}):(\w{1,20})$/.exec(name);
    const answer = match
      ? await postOperation(MunicipalityForScopeDocument, { country: match[1].toUpperCase(), code: match[2] })
      : null;
    if (!answer?.data) return { unknown: name };
    ids.push(answer.data.municipality.id);
  }
  return { ids };
}

/**
 * Runs `reload` whenever `round` moves on after the first render: a form's lists follow the records
 * the other forms of the page write (a new programme is one an initiative may name).
 */
export function useReloadOn(round: number, reload: () => void): void {
  const first = useRef(round);
  useEffect(() => {
    if (round !== first.current) reload();
  }, [round, reload]);
}

/** The records a form lists change with each write of any form: `round` counts them, `onSaved` adds one. */
export interface RecordsRound {
  round: number;
  onSaved: () => void;
}

/** A municipality as the forms write it: `NO:0501`. */
export const municipalityName = (municipality: { code: string | null; country: { code: string } }) =>
  `${municipality.country.code}:${municipality.code ?? ''}`;

/**
 * A record's form state: the values (reset from `loaded` whenever the record is loaded again), the
 * problems shown at their fields, and the notice of the last write.
 */
export function useRecordForm(loaded: FormValues) {
  const [values, setValues] = useState<FormValues>(loaded);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<FormNotice>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const key = JSON.stringify(loaded);
  useEffect(() => {
    setValues(JSON.parse(key) as FormValues);
  }, [key]);
  const set = (name: string, value: FormValues[string]) => setValues((previous) => ({ ...previous, [name]: value }));
  /** Shows a refused write: its fields' problems at the fields, a stale version as a conflict. */
  const refuse = (errors: OperationError[]) => {
    const { fields, stale, message } = problemsOf(errors);
    setProblems(fields);
    setNotice(stale ? { kind: 'conflict' } : { kind: 'refused', message });
  };
  return { values, set, problems, setProblems, notice, setNotice, busy, setBusy, refuse };
}

export type RecordForm = ReturnType<typeof useRecordForm>;

/** Runs a write and answers its data, or shows its refusal and answers null. */
export async function written<T>(form: RecordForm, answer: Promise<OperationAnswer<T>>): Promise<T | null> {
  const { data, errors } = await answer;
  if (data) return data;
  form.refuse(errors);
  return null;
}

/** The problem shown at a field, with the ids that tie it to its control. */
function useProblem(form: RecordForm, name: string) {
  const id = `${useId()}-${name}`;
  const problem = form.problems[name];
  return {
    id,
    problem,
    attributes: {
      id,
      'aria-invalid': problem ? (true as const) : undefined,
      'aria-describedby': problem ? `${id}-problem` : undefined,
    },
    message: problem ? (
      <span className="problem" id={`${id}-problem`}>
        {problem}
      </span>
    ) : null,
  };
}

/** A labelled text, date, URL or number field; the server's problem with it is shown beneath and tied to it. */
export function TextField({
  form,
  name,
  label,
  type = 'text',
  required = false,
  wide = false,
  hint,
}: {
  form: RecordForm;
  name: string;
  label: string;
  type?: 'text' | 'date' | 'url' | 'textarea';
  required?: boolean;
  wide?: boolean;
  hint?: string;
}) {
  const { id, problem, attributes, message } = useProblem(form, name);
  const value = String(form.values[name] ?? '');
  return (
    <div className={`field${wide ? ' wide' : ''}${problem ? ' has-problem' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {type === 'textarea' ? (
        <textarea {...attributes} rows={3} value={value} onChange={(event) => form.set(name, event.target.value)} />
      ) : (
        <input
          {...attributes}
          type={type}
          required={required}
          placeholder={hint}
          autoComplete="off"
          value={value}
          onChange={(event) => form.set(name, event.target.value)}
        />
      )}
      {message}
    </div>
  );
}

/** A labelled choice of one option (an empty option first unless `required`). */
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
  options: { value: string; label: string }[];
  required?: boolean;
}) {
  const { id, problem, attributes, message } = useProblem(form, name);
  return (
    <div className={`field${problem ? ' has-problem' : ''}`}>
      <label htmlFor={id}>{label}</label>
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
      {message}
    </div>
  );
}

/** A labelled checkbox. */
export function CheckField({ form, name, label }: { form: RecordForm; name: string; label: string }) {
  const { problem, attributes, message } = useProblem(form, name);
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

/** A fieldset of checkboxes choosing any of `options`; the problem is shown beneath the legend. */
export function CheckGroup({
  form,
  name,
  legend,
  options,
}: {
  form: RecordForm;
  name: string;
  legend: string;
  options: { value: string; label: string }[];
}) {
  const { id, problem, message } = useProblem(form, name);
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

/**
 * The frame of a record's form: its heading, the choice of the record to edit (or a new one), the
 * fields, the save (and archive) buttons, and the notice of the last write. A stale version is
 * shown as a change made by someone else, with a button that reloads the record. After a refusal
 * the first field with a problem takes the focus.
 */
export function RecordFormFrame({
  id,
  title,
  chooseLabel,
  chosen,
  options,
  onChoose,
  form,
  onSave,
  onArchive,
  onReload,
  children,
}: {
  id: string;
  title: string;
  chooseLabel: string;
  chosen: string;
  options: { value: string; label: string }[];
  onChoose: (value: string) => void;
  form: RecordForm;
  onSave: () => Promise<void>;
  onArchive?: () => Promise<void>;
  onReload: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const frame = useRef<HTMLFormElement>(null);
  const { problems } = form;
  useEffect(() => {
    if (Object.keys(problems).length > 0)
      frame.current?.querySelector<HTMLElement>('[aria-invalid="true"], [aria-invalid="true"] input')?.focus();
  }, [problems]);

  async function run(event: FormEvent<HTMLFormElement> | null, action: () => Promise<void>) {
    event?.preventDefault();
    form.setBusy(true);
    form.setNotice({ kind: 'none' });
    form.setProblems({});
    try {
      await action();
    } finally {
      form.setBusy(false);
    }
  }

  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="field record-choice">
        <label htmlFor={`${id}-choice`}>{chooseLabel}</label>
        <select
          id={`${id}-choice`}
          value={chosen}
          onChange={(event) => {
            form.setProblems({});
            form.setNotice({ kind: 'none' });
            onChoose(event.target.value);
          }}
        >
          <option value="">{t('adminForm.new')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <form
        ref={frame}
        className="admin-form"
        aria-labelledby={id}
        noValidate
        onSubmit={(event) => void run(event, onSave)}
      >
        {children}
        <p className="form-actions">
          <button type="submit" disabled={form.busy}>
            {chosen ? t('adminForm.save') : t('adminForm.create')}
          </button>
          {chosen && onArchive && (
            <button type="button" disabled={form.busy} onClick={() => void run(null, onArchive)}>
              {t('adminForm.archive')}
            </button>
          )}
        </p>
      </form>
      <div aria-live="polite">
        {form.notice.kind === 'saved' && <p role="status">{form.notice.message}</p>}
        {form.notice.kind === 'refused' && (
          <p role="alert">
            {t('adminForm.refused')} {form.notice.message}
          </p>
        )}
        {form.notice.kind === 'conflict' && (
          <p role="alert">
            {t('adminForm.conflict')}{' '}
            <button
              type="button"
              onClick={() => {
                form.setNotice({ kind: 'none' });
                onReload();
              }}
            >
              {t('adminForm.reload')}
            </button>
          </p>
        )}
      </div>
    </section>
  );
}
