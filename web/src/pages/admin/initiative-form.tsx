import { useState } from 'react';
import { postOperation } from '../../api/post-operation';
import { usePostedQuery } from '../../api/use-posted-query';
import { QueryStatus } from '../../components/query-status';
import {
  ArchiveInitiativeDocument,
  CreateInitiativeDocument,
  InitiativeFormDocument,
  SetInitiativeMunicipalitiesDocument,
  SetInitiativeThemesDocument,
  UpdateInitiativeDocument,
  type CreateInitiativeMutation,
  type InitiativeFormQuery,
  type UpdateInitiativeMutation,
  type InitiativeInput,
  type InitiativeStatus,
} from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';
import {
  CheckGroup,
  RecordFormFrame,
  SelectField,
  TextField,
  list,
  municipalityIds,
  municipalityName,
  numberOrNull,
  text,
  textOrNull,
  useRecordForm,
  useReloadOn,
  written,
  type FormValues,
  type RecordsRound,
} from './record-form';

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
  round,
  onSaved,
}: RecordsRound & { organisations: { id: string; code: string; nameEn: string }[] }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [query, reload] = usePostedQuery(InitiativeFormDocument, { code, chosen: code !== '' });
  useReloadOn(round, reload);
  const initiative = query.status === 'done' && code !== '' ? query.data.initiative : undefined;
  const form = useRecordForm(valuesOf(initiative));

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
    const fields = await written<UpdateInitiativeMutation | CreateInitiativeMutation>(
      form,
      initiative
        ? postOperation(UpdateInitiativeDocument, { id: initiative.id, version: initiative.version, input })
        : postOperation(CreateInitiativeDocument, { input }),
    );
    if (!fields) return;
    const record = 'updateInitiative' in fields ? fields.updateInitiative : fields.createInitiative;
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
    if (themes) form.setNotice({ kind: 'saved', message: t('adminForm.saved', { code: record.code }) });
    // The record exists now, whether or not its links were refused: the form edits it from here.
    setCode(record.code);
    onSaved();
  }

  async function archive() {
    if (!initiative) return;
    const archived = await written(
      form,
      postOperation(ArchiveInitiativeDocument, { id: initiative.id, version: initiative.version }),
    );
    if (!archived) return;
    form.setNotice({ kind: 'saved', message: t('adminForm.archived', { code: initiative.code }) });
    setCode('');
    onSaved();
  }

  return (
    <QueryStatus state={query}>
      {(data) => (
        <RecordFormFrame
          id="admin-initiative-form"
          title={t('adminForm.initiatives')}
          chooseLabel={t('adminForm.chooseInitiative')}
          chosen={code}
          options={data.initiatives.nodes.map((option) => ({
            value: option.code,
            label: `${option.code} – ${option.nameEn}`,
          }))}
          onChoose={setCode}
          form={form}
          onSave={save}
          onArchive={archive}
          onReload={reload}
        >
          <SelectField
            form={form}
            name="programme"
            label={t('adminForm.initiativeProgramme')}
            required
            options={[
              { value: '', label: '–' },
              ...data.programmes.nodes.map((option) => ({
                value: option.id,
                label: `${option.code} – ${option.nameEn}`,
              })),
            ]}
          />
          <TextField form={form} name="code" label={t('adminForm.code')} required />
          <TextField form={form} name="nameLocal" label={t('adminForm.nameLocal')} />
          <TextField form={form} name="nameEn" label={t('adminForm.nameEn')} required />
          <TextField form={form} name="summary" label={t('adminForm.summary')} type="textarea" wide />
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
            options={organisations.map((organisation) => ({
              value: organisation.id,
              label: `${organisation.code} – ${organisation.nameEn}`,
            }))}
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
        </RecordFormFrame>
      )}
    </QueryStatus>
  );
}
