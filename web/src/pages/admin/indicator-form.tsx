import {
  CreateIndicatorDocument,
  IndicatorFormDocument,
  UpdateIndicatorDocument,
  type Disaggregation,
  type IndicatorAggregation,
  type IndicatorComputation,
  type IndicatorDirection,
  type IndicatorFormQuery,
  type IndicatorInput,
  type IndicatorLevel,
  type IndicatorUnit,
} from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';
import { CheckGroup } from './check-group';
import { list, text, textOrNull, type FormValues } from './form-values';
import { IndicatorMappings } from './indicator-mappings';
import { RecordFormFrame } from './record-form-frame';
import { recordOptions } from './record-options';
import type { RecordsRound } from './records-round';
import { SelectField } from './select-field';
import { TextField } from './text-field';
import { TEXT_LIMITS } from './text-limits';
import { byCode, useRecordEditor } from './use-record-editor';

type Indicator = NonNullable<IndicatorFormQuery['indicator']>;

/** The choices of one option each, in the form's order: the field's name (its label's and options' key) and values. */
const CHOICES: [
  'unit' | 'direction' | 'level' | 'aggregation' | 'computation',
  (IndicatorUnit | IndicatorDirection | IndicatorLevel | IndicatorAggregation | IndicatorComputation)[],
][] = [
  ['unit', ['COUNT', 'PERCENT', 'BOOLEAN', 'MONEY', 'SCORE'] satisfies IndicatorUnit[]],
  ['direction', ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL'] satisfies IndicatorDirection[]],
  ['level', ['OUTPUT', 'OUTCOME', 'IMPACT'] satisfies IndicatorLevel[]],
  ['aggregation', ['SUM', 'MEAN', 'LATEST', 'SHARE'] satisfies IndicatorAggregation[]],
  ['computation', ['REPORTED', 'COMPUTED'] satisfies IndicatorComputation[]],
];
const DISAGGREGATIONS: Disaggregation[] = ['SEX', 'ROLE'];

/** An indicator's fields as the form holds them; a new one counts, reported, summed, higher being better. */
function valuesOf(indicator: Indicator | undefined): FormValues {
  return {
    code: indicator?.code ?? '',
    nameEn: indicator?.nameEn ?? '',
    definition: indicator?.definition ?? '',
    unit: indicator?.unit ?? 'COUNT',
    direction: indicator?.direction ?? 'HIGHER_IS_BETTER',
    level: indicator?.level ?? 'OUTPUT',
    aggregation: indicator?.aggregation ?? 'SUM',
    computation: indicator?.computation ?? 'REPORTED',
    disaggregations: indicator?.disaggregations ?? [],
  };
}

function inputOf(values: FormValues): IndicatorInput {
  return {
    code: text(values.code),
    nameEn: text(values.nameEn),
    definition: textOrNull(values.definition),
    unit: values.unit as IndicatorUnit,
    direction: values.direction as IndicatorDirection,
    level: values.level as IndicatorLevel,
    aggregation: values.aggregation as IndicatorAggregation,
    computation: values.computation as IndicatorComputation,
    disaggregations: list(values.disaggregations) as Disaggregation[],
  };
}

/**
 * Creates or edits an indicator (ADMIN): code, name, definition, unit, which way is better, level,
 * how values combine, whether values are reported or computed, and whether they are split by sex
 * or role. An edit goes at the version loaded; a change made meanwhile is refused (CONFLICT). An
 * indicator being edited shows the framework elements it is mapped to beneath, to change.
 */
export function IndicatorForm({ round, onSaved }: RecordsRound) {
  const { t } = useI18n();
  const editor = useRecordEditor({
    round,
    onSaved,
    query: IndicatorFormDocument,
    variables: byCode,
    recordOf: (data) => data.indicator,
    valuesOf,
  });
  const { form, record: indicator } = editor;

  return (
    <RecordFormFrame
      editor={editor}
      id="admin-indicator-form"
      title={t('adminForm.indicators')}
      chooseLabel={t('adminForm.chooseIndicator')}
      options={(data) => recordOptions(data.indicators.nodes)}
      onSave={() =>
        editor.save({ update: UpdateIndicatorDocument, create: CreateIndicatorDocument }, inputOf(form.values))
      }
      after={(data) =>
        indicator && (
          <IndicatorMappings
            indicator={indicator}
            frameworks={data.frameworks}
            onSaved={onSaved}
            onReload={editor.reload}
          />
        )
      }
    >
      {() => (
        <>
          <TextField form={form} name="code" label={t('adminForm.code')} required maxLength={TEXT_LIMITS.code} />
          <TextField
            form={form}
            name="nameEn"
            label={t('adminForm.nameEn')}
            required
            wide
            maxLength={TEXT_LIMITS.name}
          />
          <TextField
            form={form}
            name="definition"
            label={t('adminForm.definition')}
            type="textarea"
            wide
            maxLength={TEXT_LIMITS.text}
          />
          {CHOICES.map(([name, values]) => (
            <SelectField
              key={name}
              form={form}
              name={name}
              label={t(`adminForm.${name}`)}
              required
              options={values.map((value) => ({ value, label: t(`${name}.${value}` as `unit.${IndicatorUnit}`) }))}
            />
          ))}
          <CheckGroup
            form={form}
            name="disaggregations"
            legend={t('adminForm.disaggregations')}
            options={DISAGGREGATIONS.map((value) => ({ value, label: t(`disaggregation.${value}`) }))}
          />
        </>
      )}
    </RecordFormFrame>
  );
}
