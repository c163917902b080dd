import { useState } from 'react';
import { postOperation } from '../../api/post-operation';
import { usePostedQuery } from '../../api/use-posted-query';
import { QueryStatus } from '../../components/query-status';
import {
  CreateProgrammeDocument,
  ProgrammeFormDocument,
  UpdateProgrammeDocument,
  type CreateProgrammeMutation,
  type ProgrammeFormQuery,
  type UpdateProgrammeMutation,
  type ProgrammeInput,
} from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';
import {
  CheckField,
  RecordFormFrame,
  SelectField,
  TextField,
  numberOrNull,
  text,
  textOrNull,
  useRecordForm,
  useReloadOn,
  written,
  type FormValues,
  type RecordsRound,
} from './record-form';

type Programme = NonNullable<ProgrammeFormQuery['programme']>;

/** A programme's editable fields as the form holds them; a new programme is unpublished, its budget public. */
function valuesOf(programme: Programme | undefined): FormValues {
  return {
    code: programme?.code ?? '',
    nameLocal: programme?.nameLocal ?? '',
    nameEn: programme?.nameEn ?? '',
    summary: programme?.summary ?? '',
    website: programme?.website ?? '',
    plannedStartOn: programme?.plannedStartOn ?? '',
    plannedEndOn: programme?.plannedEndOn ?? '',
    startOn: programme?.startOn ?? '',
    endOn: programme?.endOn ?? '',
    published: programme?.published ?? false,
    budgetAmount: programme?.budget ? String(programme.budget.amount) : '',
    budgetCurrency: programme?.budget?.currency ?? '',
    budgetPublished: programme?.budgetPublished ?? true,
    parent: programme?.parent?.id ?? '',
    successor: programme?.successor?.id ?? '',
  };
}

function inputOf(values: FormValues): ProgrammeInput {
  return {
    code: text(values.code),
    nameLocal: textOrNull(values.nameLocal),
    nameEn: text(values.nameEn),
    summary: textOrNull(values.summary),
    website: textOrNull(values.website),
    plannedStartOn: textOrNull(values.plannedStartOn),
    plannedEndOn: textOrNull(values.plannedEndOn),
    startOn: textOrNull(values.startOn),
    endOn: textOrNull(values.endOn),
    published: values.published === true,
    budgetAmount: numberOrNull(values.budgetAmount),
    budgetCurrency: textOrNull(values.budgetCurrency)?.toUpperCase() ?? null,
    budgetPublished: values.budgetPublished === true,
    parent: textOrNull(values.parent),
    successor: textOrNull(values.successor),
  };
}

/**
 * Creates or edits a programme (ADMIN): code, names, summary, website, planned and actual periods,
 * whether it and its budget are public, the budget, and the programme it is part of and its
 * successor. An edit goes at the version loaded; a change made meanwhile is refused (CONFLICT).
 */
export function ProgrammeForm({ round, onSaved }: RecordsRound) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [query, reload] = usePostedQuery(ProgrammeFormDocument, { code, chosen: code !== '' });
  useReloadOn(round, reload);
  const programme = query.status === 'done' && code !== '' ? query.data.programme : undefined;
  const form = useRecordForm(valuesOf(programme));

  async function save() {
    const input = inputOf(form.values);
    const saved = await written<UpdateProgrammeMutation | CreateProgrammeMutation>(
      form,
      programme
        ? postOperation(UpdateProgrammeDocument, { id: programme.id, version: programme.version, input })
        : postOperation(CreateProgrammeDocument, { input }),
    );
    if (!saved) return;
    const { code: savedCode } = 'updateProgramme' in saved ? saved.updateProgramme : saved.createProgramme;
    form.setNotice({ kind: 'saved', message: t('adminForm.saved', { code: savedCode }) });
    setCode(savedCode);
    onSaved();
  }

  return (
    <QueryStatus state={query}>
      {(data) => {
        const others = data.programmes.nodes
          .filter((option) => option.id !== programme?.id)
          .map((option) => ({ value: option.id, label: `${option.code} – ${option.nameEn}` }));
        return (
          <RecordFormFrame
            id="admin-programme-form"
            title={t('adminForm.programmes')}
            chooseLabel={t('adminForm.chooseProgramme')}
            chosen={code}
            options={data.programmes.nodes.map((option) => ({
              value: option.code,
              label: `${option.code} – ${option.nameEn}`,
            }))}
            onChoose={setCode}
            form={form}
            onSave={save}
            onReload={reload}
          >
            <TextField form={form} name="code" label={t('adminForm.code')} required />
            <TextField form={form} name="nameLocal" label={t('adminForm.nameLocal')} />
            <TextField form={form} name="nameEn" label={t('adminForm.nameEn')} required />
            <TextField form={form} name="website" label={t('report.website')} type="url" hint="https://" />
            <TextField form={form} name="summary" label={t('adminForm.summary')} type="textarea" wide />
            <TextField form={form} name="plannedStartOn" label={t('adminForm.plannedStartOn')} type="date" />
            <TextField form={form} name="plannedEndOn" label={t('adminForm.plannedEndOn')} type="date" />
            <TextField form={form} name="startOn" label={t('adminForm.startOn')} type="date" />
            <TextField form={form} name="endOn" label={t('adminForm.endOn')} type="date" />
            <TextField form={form} name="budgetAmount" label={t('adminForm.budgetAmount')} />
            <TextField form={form} name="budgetCurrency" label={t('adminForm.currency')} hint="SEK" />
            <SelectField form={form} name="parent" label={t('report.partOf')} options={others} />
            <SelectField form={form} name="successor" label={t('report.successor')} options={others} />
            <CheckField form={form} name="published" label={t('adminForm.published')} />
            <CheckField form={form} name="budgetPublished" label={t('adminForm.budgetPublished')} />
          </RecordFormFrame>
        );
      }}
    </QueryStatus>
  );
}
