import {
  CreateProgrammeDocument,
  ProgrammeFormDocument,
  UpdateProgrammeDocument,
  type ProgrammeFormQuery,
  type ProgrammeInput,
} from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';
import { CheckField } from './check-field';
import { numberOrNull, text, textOrNull, type FormValues } from './form-values';
import { RecordFormFrame } from './record-form-frame';
import { recordOptions } from './record-options';
import type { RecordsRound } from './records-round';
import { SelectField } from './select-field';
import { TextField } from './text-field';
import { TEXT_LIMITS } from './text-limits';
import { byCode, useRecordEditor } from './use-record-editor';

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
export function ProgrammeForm(records: RecordsRound) {
  const { t } = useI18n();
  const editor = useRecordEditor({
    ...records,
    query: ProgrammeFormDocument,
    variables: byCode,
    recordOf: (data) => data.programme,
    valuesOf,
  });
  const { form, record: programme } = editor;

  return (
    <RecordFormFrame
      editor={editor}
      id="admin-programme-form"
      title={t('adminForm.programmes')}
      chooseLabel={t('adminForm.chooseProgramme')}
      options={(data) => recordOptions(data.programmes.nodes)}
      onSave={() =>
        editor.save({ update: UpdateProgrammeDocument, create: CreateProgrammeDocument }, inputOf(form.values))
      }
    >
      {(data) => {
        const others = recordOptions(
          data.programmes.nodes.filter((option) => option.id !== programme?.id),
          (option) => option.id,
        );
        return (
          <>
            <TextField form={form} name="code" label={t('adminForm.code')} required maxLength={TEXT_LIMITS.code} />
            <TextField form={form} name="nameLocal" label={t('adminForm.nameLocal')} maxLength={TEXT_LIMITS.name} />
            <TextField form={form} name="nameEn" label={t('adminForm.nameEn')} required maxLength={TEXT_LIMITS.name} />
            <TextField
              form={form}
              name="website"
              label={t('report.website')}
              type="url"
              hint="https://"
              maxLength={TEXT_LIMITS.url}
            />
            <TextField
              form={form}
              name="summary"
              label={t('adminForm.summary')}
              type="textarea"
              wide
              maxLength={TEXT_LIMITS.text}
            />
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
          </>
        );
      }}
    </RecordFormFrame>
  );
}
