import { useState } from 'react';
import { postOperation } from '../../api/post-operation';
import type { QueryState } from '../../api/use-query';
import { usePostedQuery } from '../../api/use-posted-query';
import type { TypedDocumentString } from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { FormValues } from './form-values';
import { useRecordForm, written, type RecordForm } from './record-form';
import { useReloadOn, type RecordsRound } from './records-round';

/** A record as a write answers it: its id, its new version, and its natural key (a code, or a source's key). */
type WrittenRecord = { id: string; version: number } & ({ code: string } | { key: string });

/** What a write answers: one root field, the record written (`{ updateSource: {…} }`). */
type WriteAnswer = Record<string, WrittenRecord>;

/** The record a write answered, its natural key as `code`. */
interface Written {
  id: string;
  version: number;
  code: string;
}

/** The writes of a form's fields: an update at a version, and a create, each of the same input. */
interface FieldWrites<TInput, TUpdate extends WriteAnswer, TCreate extends WriteAnswer> {
  update: TypedDocumentString<TUpdate, { id: string; version: number; input: TInput }>;
  create: TypedDocumentString<TCreate, { input: TInput }>;
}

/** The record a write answers, its natural key as `code`. */
function writtenOf(data: WriteAnswer): Written {
  const record = Object.values(data)[0];
  return { id: record.id, version: record.version, code: 'code' in record ? record.code : record.key };
}

/** The variables of a form's query that loads the record chosen by its code (none while a new one is written). */
export const byCode = (code: string) => ({ code, chosen: code !== '' });

/** What `RecordFormFrame` reads of an editor: the query, the record chosen, and the form. */
export interface RecordEditing<TData> {
  query: QueryState<TData>;
  chosen: string;
  choose: (code: string) => void;
  form: RecordForm;
  refresh: () => void;
}

/**
 * The editing of one kind of record on /admin: which record is chosen (by its code; '' for a new
 * one), the query that lists the records and loads the chosen one (again when another form
 * writes), the form's values as `valuesOf` makes them of the record loaded, and its writes. An
 * update goes at the version loaded, so a change made meanwhile is refused as CONFLICT; once
 * written, the record is the one edited and the other forms' lists follow (`onSaved`).
 */
export function useRecordEditor<TData, TVariables, TRecord extends { id: string; version: number }>({
  query: document,
  variables,
  recordOf,
  valuesOf,
  round,
  onSaved,
}: RecordsRound & {
  query: TypedDocumentString<TData, TVariables>;
  variables: (chosen: string) => TVariables;
  recordOf: (data: TData) => TRecord | null | undefined;
  valuesOf: (record: TRecord | undefined) => FormValues;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState('');
  const [query, reload] = usePostedQuery(document, variables(chosen));
  useReloadOn(round, reload);
  const record = (query.status === 'done' && chosen !== '' ? recordOf(query.data) : undefined) ?? undefined;
  const form = useRecordForm(valuesOf(record));

  /** Chooses another record ('' for a new one), the last write's notice and problems cleared. */
  const choose = (code: string) => {
    form.clear();
    setChosen(code);
  };

  /** Loads the record again (after a CONFLICT), the notice cleared. */
  const refresh = () => {
    form.clear();
    reload();
  };

  /** The record written is the one edited from now on, and the other forms follow; `announce` says it is saved. */
  const settle = (code: string, announce = true) => {
    if (announce) form.setNotice({ kind: 'saved', message: t('adminForm.saved', { code }) });
    setChosen(code);
    onSaved();
  };

  /**
   * Writes the form's fields: an update of the record loaded at its version, or a create; answers
   * the record written (its natural key as `code`), or null when refused (the refusal shown).
   */
  async function writeFields<TInput, TUpdate extends WriteAnswer, TCreate extends WriteAnswer>(
    writes: FieldWrites<TInput, TUpdate, TCreate>,
    input: TInput,
  ): Promise<Written | null> {
    const data = await written<TUpdate | TCreate>(
      form,
      record
        ? postOperation(writes.update, { id: record.id, version: record.version, input })
        : postOperation(writes.create, { input }),
    );
    return data && writtenOf(data);
  }

  /** Saves the form's fields (`writeFields`); once written, says so and edits the record written. */
  async function save<TInput, TUpdate extends WriteAnswer, TCreate extends WriteAnswer>(
    writes: FieldWrites<TInput, TUpdate, TCreate>,
    input: TInput,
  ): Promise<void> {
    const saved = await writeFields(writes, input);
    if (saved) settle(saved.code);
  }

  /** Archives the record loaded at its version; once archived, says so and starts a new record. */
  async function archive(write: TypedDocumentString<WriteAnswer, { id: string; version: number }>): Promise<void> {
    if (!record) return;
    const archived = await written(form, postOperation(write, { id: record.id, version: record.version }));
    if (!archived) return;
    form.setNotice({ kind: 'saved', message: t('adminForm.archived', { code: writtenOf(archived).code }) });
    setChosen('');
    onSaved();
  }

  return { query, reload, chosen, choose, refresh, record, form, writeFields, save, settle, archive };
}
