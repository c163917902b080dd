import {
  ArchiveInitiativeDocument,
  CreateInitiativeDocument,
  InitiativeFormDocument,
  SetInitiativeMunicipalitiesDocument,
  SetInitiativeThemesDocument,
  UpdateInitiativeDocument,
  type InitiativeFormQuery,
  type InitiativeInput,
  type InitiativeStatus,
} from '../../graphql/graphql';
import { postOperation } from '../../api/post-operation';
import { useI18n } from '../../i18n/i18n';
import { CheckGroup } from './check-group';
import { list, numberOrNull, text, textOrNull, type FormValues } from './form-values';
import { municipalityIds, municipalityName } from './municipality-names';
import { written } from './record-form';
import { RecordFormFrame } from './record-form-frame';
import { recordOptions } from './record-options';
import type { RecordsRound } from './records-round';
import { SelectField } from './select-field';
import { TextField } from './text-field';
import { TEXT_LIMITS } from './text-limits';
import { byCode, useRecordEditor } from './use-record-editor';

type Initiative = NonNullable<InitiativeFormQuery['initiative']>;

const STATUSES: InitiativeStatus[] = ['PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED'];

function valuesOf(initiative: Initiative | undefined): FormValues {
  return {
    programme: initiative?.programme.id ?? '',
    code: initiative?.code ?? '',
    nameLocal: initiative?.nameLocal ?? '',
    nameEn: initiative?.nameEn ?? '',
    summary: initiative?.summary ?? '',
    status: initiative?.status ?? '',
    startOn: initiative?.startOn ?? '',
    endOn: initiative?.endOn ?? '',
    grantAmount: initiative?.grant ? String(initiative.grant.amount) : '',
    grantCurrency: initiative?.grant?.currency ?? '',
    leadOrganisation: initiative?.leadOrganisation?.id ?? '',
    leadMunicipality: initiative?.leadMunicipality ? municipalityName(initiative.leadMunicipality) : '',
    municipalities: (initiative?.municipalities ?? []).map(municipalityName).join(' '),
    themes: (initiative?.themes ?? []).map((theme) => theme.id),
  };
}

/**
 * Creates, edits or archives an initiative (ADMIN): its programme, code, names, summary, status,
 * period, grant, lead, and the municipalities taking part (written `NO:0501`) and themes. The
 * fields go first at the version loaded (a change made meanwhile is CONFLICT), then the
 * municipalities and the themes, each at the version the previous write answered.
 */
export function InitiativeForm({
  organisations,
  ...records
}: RecordsRound & { organisations: { id: string; code: string; nameEn: string }[] }) {
  const { t } = useI18n();
  const editor = useRecordEditor({
    ...records,
    query: InitiativeFormDocument,
    variables: byCode,
    recordOf: (data) => data.initiative,
    valuesOf,
  });
  const { form, record: initiative } = editor;

  async function save() {
    const { values } = form;
    // Municipalities are looked up first, so one that names none stops the save before anything is written.
    const taking = await municipalityIds(text(values.municipalities));
    const lead = await municipalityIds(text(values.leadMunicipality));
    for (const [field, found] of [
      ['municipalities', taking],
      ['leadMunicipality', lead],
    ] as const)
      if ('unknown' in found) {
        form.setProblems({ [field]: t('admin.unknownMunicipality', { unknown: found.unknown }) });
        form.setNotice({ kind: 'refused', message: '' });
        return;
      }
    if ('unknown' in taking || 'unknown' in lead) return;
    const input: InitiativeInput = {
      programme: text(values.programme),
      component: initiative?.component && initiative.programme.id === values.programme ? initiative.component.id : null,
      code: text(values.code),
      nameLocal: textOrNull(values.nameLocal),
      nameEn: text(values.nameEn),
      summary: textOrNull(values.summary),
      status: (textOrNull(values.status) as InitiativeStatus | null) ?? null,
      startOn: textOrNull(values.startOn),
      endOn: textOrNull(values.endOn),
      grantAmount: numberOrNull(values.grantAmount),
      grantCurrency: textOrNull(values.grantCurrency)?.toUpperCase() ?? null,
      leadOrganisation: textOrNull(values.leadOrganisation),
      leadMunicipality: lead.ids[0] ?? null,
    };
    const record = await editor.writeFields(
      { update: UpdateInitiativeDocument, create: CreateInitiativeDocument },
      input,
    );
    if (!record) return;
    const places = await written(
      form,
      postOperation(SetInitiativeMunicipalitiesDocument, {
        id: record.id,
        version: record.version,
        municipalities: taking.ids,
      }),
    );
    const themes =
      places &&
      (await written(
        form,
        postOperation(SetInitiativeThemesDocument, {
          id: record.id,
          version: places.setInitiativeMunicipalities.version,
          themes: list(values.themes),
        }),
      ));
    // The record exists now, whether or not its links were refused: the form edits it from here.
    editor.settle(record.code, Boolean(themes));
  }

  return (
    <RecordFormFrame
      editor={editor}
      id="admin-initiative-form"
      title={t('adminForm.initiatives')}
      chooseLabel={t('adminForm.chooseInitiative')}
      options={(data) => recordOptions(data.initiatives.nodes)}
      onSave={save}
      onArchive={() => editor.archive(ArchiveInitiativeDocument)}
    >
      {(data) => (
        <>
          <SelectField
            form={form}
            name="programme"
            label={t('adminForm.initiativeProgramme')}
            required
            options={[{ value: '', label: '–' }, ...recordOptions(data.programmes.nodes, (option) => option.id)]}
          />
          <TextField form={form} name="code" label={t('adminForm.code')} required maxLength={TEXT_LIMITS.code} />
          <TextField form={form} name="nameLocal" label={t('adminForm.nameLocal')} maxLength={TEXT_LIMITS.name} />
          <TextField form={form} name="nameEn" label={t('adminForm.nameEn')} required maxLength={TEXT_LIMITS.name} />
          <TextField
            form={form}
            name="summary"
            label={t('adminForm.summary')}
            type="textarea"
            wide
            maxLength={TEXT_LIMITS.text}
          />
          <SelectField
            form={form}
            name="status"
            label={t('collect.status')}
            options={STATUSES.map((status) => ({ value: status, label: t(`initiativeStatus.${status}`) }))}
          />
          <TextField form={form} name="startOn" label={t('adminForm.startOn')} type="date" />
          <TextField form={form} name="endOn" label={t('adminForm.endOn')} type="date" />
          <TextField form={form} name="grantAmount" label={t('adminForm.grantAmount')} />
          <TextField form={form} name="grantCurrency" label={t('adminForm.currency')} hint="EUR" />
          <SelectField
            form={form}
            name="leadOrganisation"
            label={t('adminForm.leadOrganisation')}
            options={recordOptions(organisations, (organisation) => organisation.id)}
          />
          <TextField form={form} name="leadMunicipality" label={t('adminForm.leadMunicipality')} hint="RS:70017" />
          <TextField
            form={form}
            name="municipalities"
            label={t('adminForm.municipalities')}
            hint="RS:70017 RS:70025"
            wide
          />
          <CheckGroup
            form={form}
            name="themes"
            legend={t('adminForm.themes')}
            options={data.themes.map((theme) => ({ value: theme.id, label: theme.nameEn }))}
          />
        </>
      )}
    </RecordFormFrame>
  );
}
