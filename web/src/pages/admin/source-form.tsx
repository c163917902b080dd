import {
  ArchiveSourceDocument,
  CreateSourceDocument,
  SourceFormDocument,
  UpdateSourceDocument,
  type SourceFormQuery,
  type SourceInput,
  type SourceKind,
} from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';
import { numberOrNull, text, textOrNull, type FormValues } from './form-values';
import { RecordFormFrame } from './record-form-frame';
import type { RecordsRound } from './records-round';
import { SelectField } from './select-field';
import { TextField } from './text-field';
import { TEXT_LIMITS } from './text-limits';
import { useRecordEditor } from './use-record-editor';

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
export function SourceForm(records: RecordsRound) {
  const { t } = useI18n();
  const editor = useRecordEditor({
    ...records,
    query: SourceFormDocument,
    variables: (key) => ({ key, chosen: key !== '' }),
    recordOf: (data) => data.source,
    valuesOf,
  });
  const { form, record: source } = editor;
  const sourceOption = (option: { key: string; title: string }, value: string) => ({
    value,
    label: `${option.key} – ${option.title}`,
  });

  return (
    <RecordFormFrame
      editor={editor}
      id="admin-source-form"
      title={t('adminForm.sources')}
      chooseLabel={t('adminForm.chooseSource')}
      options={(data) => data.sources.nodes.map((option) => sourceOption(option, option.key))}
      onSave={() => editor.save({ update: UpdateSourceDocument, create: CreateSourceDocument }, inputOf(form.values))}
      onArchive={() => editor.archive(ArchiveSourceDocument)}
    >
      {(data) => (
        <>
          <TextField form={form} name="key" label={t('adminForm.key')} required maxLength={TEXT_LIMITS.code} />
          <SelectField
            form={form}
            name="kind"
            label={t('adminForm.kind')}
            required
            options={KINDS.map((kind) => ({ value: kind, label: t(`sourceKind.${kind}`) }))}
          />
          <TextField
            form={form}
            name="title"
            label={t('adminForm.sourceTitle')}
            required
            wide
            maxLength={TEXT_LIMITS.title}
          />
          <TextField form={form} name="titleEn" label={t('adminForm.titleEn')} wide maxLength={TEXT_LIMITS.name} />
          <TextField
            form={form}
            name="url"
            label={t('adminForm.url')}
            type="url"
            hint="https://"
            wide
            maxLength={TEXT_LIMITS.url}
          />
          <TextField form={form} name="publisher" label={t('adminForm.publisher')} maxLength={TEXT_LIMITS.name} />
          <TextField form={form} name="publishedOn" label={t('adminForm.publishedOn')} type="date" />
          <TextField form={form} name="publishedYear" label={t('adminForm.publishedYear')} />
          <TextField form={form} name="language" label={t('adminForm.language')} hint="sv" />
          <SelectField
            form={form}
            name="citedIn"
            label={t('adminForm.citedIn')}
            options={data.sources.nodes
              .filter((option) => option.id !== source?.id)
              .map((option) => sourceOption(option, option.id))}
          />
        </>
      )}
    </RecordFormFrame>
  );
}
