import { useState } from 'react';
import { postOperation } from '../../api/post-operation';
import { usePostedQuery } from '../../api/use-posted-query';
import { QueryStatus } from '../../components/query-status';
import {
  ArchiveSourceDocument,
  CreateSourceDocument,
  SourceFormDocument,
  UpdateSourceDocument,
  type CreateSourceMutation,
  type SourceFormQuery,
  type UpdateSourceMutation,
  type SourceInput,
  type SourceKind,
} from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';
import {
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

type Source = NonNullable<SourceFormQuery['source']>;

const KINDS: SourceKind[] = ['REPORT', 'WEB_PAGE', 'ARTICLE', 'EVALUATION', 'STATISTICS', 'CODE_LIST'];

function valuesOf(source: Source | undefined): FormValues {
  return {
    key: source?.key ?? '',
    title: source?.title ?? '',
    titleEn: source?.titleEn ?? '',
    kind: source?.kind ?? 'REPORT',
    publisher: source?.publisher ?? '',
    url: source?.url ?? '',
    publishedOn: source?.publishedOn ?? '',
    publishedYear: source?.publishedYear != null ? String(source.publishedYear) : '',
    language: source?.language ?? '',
    citedIn: source?.citedIn?.id ?? '',
  };
}

function inputOf(values: FormValues): SourceInput {
  return {
    key: text(values.key),
    title: text(values.title),
    titleEn: textOrNull(values.titleEn),
    kind: values.kind as SourceKind,
    publisher: textOrNull(values.publisher),
    url: textOrNull(values.url),
    publishedOn: textOrNull(values.publishedOn),
    publishedYear: numberOrNull(values.publishedYear),
    language: textOrNull(values.language)?.toLowerCase() ?? null,
    citedIn: textOrNull(values.citedIn),
  };
}

/**
 * Creates, edits or archives a source (ADMIN): key, title (and its English translation), kind,
 * publisher, link, publication date or year, language, and the source it is cited in. An edit or
 * archive goes at the version loaded; a change made meanwhile is refused (CONFLICT).
 */
export function SourceForm({ round, onSaved }: RecordsRound) {
  const { t } = useI18n();
  const [key, setKey] = useState('');
  const [query, reload] = usePostedQuery(SourceFormDocument, { key, chosen: key !== '' });
  useReloadOn(round, reload);
  const source = query.status === 'done' && key !== '' ? query.data.source : undefined;
  const form = useRecordForm(valuesOf(source));

  async function save() {
    const input = inputOf(form.values);
    const saved = await written<UpdateSourceMutation | CreateSourceMutation>(
      form,
      source
        ? postOperation(UpdateSourceDocument, { id: source.id, version: source.version, input })
        : postOperation(CreateSourceDocument, { input }),
    );
    if (!saved) return;
    const record = 'updateSource' in saved ? saved.updateSource : saved.createSource;
    form.setNotice({ kind: 'saved', message: t('adminForm.saved', { code: record.key }) });
    setKey(record.key);
    onSaved();
  }

  async function archive() {
    if (!source) return;
    const archived = await written(
      form,
      postOperation(ArchiveSourceDocument, { id: source.id, version: source.version }),
    );
    if (!archived) return;
    form.setNotice({ kind: 'saved', message: t('adminForm.archived', { code: source.key }) });
    setKey('');
    onSaved();
  }

  return (
    <QueryStatus state={query}>
      {(data) => (
        <RecordFormFrame
          id="admin-source-form"
          title={t('adminForm.sources')}
          chooseLabel={t('adminForm.chooseSource')}
          chosen={key}
          options={data.sources.nodes.map((option) => ({
            value: option.key,
            label: `${option.key} – ${option.title}`,
          }))}
          onChoose={setKey}
          form={form}
          onSave={save}
          onArchive={archive}
          onReload={reload}
        >
          <TextField form={form} name="key" label={t('adminForm.key')} required />
          <SelectField
            form={form}
            name="kind"
            label={t('adminForm.kind')}
            required
            options={KINDS.map((kind) => ({ value: kind, label: t(`sourceKind.${kind}`) }))}
          />
          <TextField form={form} name="title" label={t('adminForm.sourceTitle')} required wide />
          <TextField form={form} name="titleEn" label={t('adminForm.titleEn')} wide />
          <TextField form={form} name="url" label={t('adminForm.url')} type="url" hint="https://" wide />
          <TextField form={form} name="publisher" label={t('adminForm.publisher')} />
          <TextField form={form} name="publishedOn" label={t('adminForm.publishedOn')} type="date" />
          <TextField form={form} name="publishedYear" label={t('adminForm.publishedYear')} />
          <TextField form={form} name="language" label={t('adminForm.language')} hint="sv" />
          <SelectField
            form={form}
            name="citedIn"
            label={t('adminForm.citedIn')}
            options={data.sources.nodes
              .filter((option) => option.id !== source?.id)
              .map((option) => ({ value: option.id, label: `${option.key} – ${option.title}` }))}
          />
        </RecordFormFrame>
      )}
    </QueryStatus>
  );
}
