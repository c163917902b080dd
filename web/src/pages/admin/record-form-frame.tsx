import { useEffect, useRef, type ReactNode } from 'react';
import { QueryStatus } from '../../components/query-status';
import { useI18n } from '../../i18n/i18n';
import { RecordChoice } from './record-choice';
import type { Choice } from './choice-options';
import { SubmitRow } from './submit-row';
import type { RecordEditing } from './use-record-editor';
import { WriteNotice } from './write-notice';

/**
 * The frame of a record's form, once its query has answered: its heading, the choice of the
 * record to edit (or a new one), the fields (`children`), the save (and archive) buttons, and the
 * notice of the last write; beneath it, what `after` shows of the same data. A stale version is
 * shown as a change made by someone else, with a button that reloads the record. After a refusal
 * the first field with a problem takes the focus.
 */
export function RecordFormFrame<TData>({
  editor,
  id,
  title,
  chooseLabel,
  options,
  onSave,
  onArchive,
  children,
  after,
}: {
  editor: RecordEditing<TData>;
  id: string;
  title: string;
  chooseLabel: string;
  options: (data: TData) => Choice[];
  onSave: () => Promise<void>;
  onArchive?: () => Promise<void>;
  children: (data: TData) => ReactNode;
  after?: (data: TData) => ReactNode;
}) {
  const { t } = useI18n();
  const frame = useRef<HTMLFormElement>(null);
  const { form, chosen } = editor;
  const { problems } = form;
  useEffect(() => {
    if (Object.keys(problems).length > 0)
      frame.current?.querySelector<HTMLElement>('[aria-invalid="true"], [aria-invalid="true"] input')?.focus();
  }, [problems]);

  return (
    <QueryStatus state={editor.query}>
      {(data) => (
        <>
          <section aria-labelledby={id}>
            <h2 id={id}>{title}</h2>
            <RecordChoice
              id={`${id}-choice`}
              label={chooseLabel}
              chosen={chosen}
              options={options(data)}
              onChoose={editor.choose}
            />
            <form
              ref={frame}
              className="admin-form"
              aria-labelledby={id}
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void form.run(onSave);
              }}
            >
              {children(data)}
              <SubmitRow label={chosen ? t('adminForm.save') : t('adminForm.create')} busy={form.busy}>
                {chosen && onArchive && (
                  <button type="button" disabled={form.busy} onClick={() => void form.run(onArchive)}>
                    {t('adminForm.archive')}
                  </button>
                )}
              </SubmitRow>
            </form>
            <WriteNotice notice={form.notice} onReload={editor.refresh} />
          </section>
          {after?.(data)}
        </>
      )}
    </QueryStatus>
  );
}
