import { useState } from 'react';
import { postOperation } from '../../api/post-operation';
import { usePostedQuery } from '../../api/use-posted-query';
import { QueryStatus } from '../../components/query-status';
import {
  CreateIndicatorDocument,
  IndicatorFormDocument,
  UpdateIndicatorDocument,
  type Disaggregation,
  type IndicatorAggregation,
  type IndicatorComputation,
  type IndicatorDirection,
  type CreateIndicatorMutation,
  type IndicatorFormQuery,
  type UpdateIndicatorMutation,
  type IndicatorInput,
  type IndicatorLevel,
  type IndicatorUnit,
} from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';
import { IndicatorMappings } from './indicator-mappings';
import {
  CheckGroup,
  RecordFormFrame,
  SelectField,
  TextField,
  list,
  text,
  textOrNull,
  useRecordForm,
  useReloadOn,
  written,
  type FormValues,
  type RecordsRound,
} from './record-form';

type Indicator = NonNullable<IndicatorFormQuery['indicator']>;

const UNITS: IndicatorUnit[] = ['COUNT', 'PERCENT', 'BOOLEAN', 'MONEY', 'SCORE'];
const DIRECTIONS: IndicatorDirection[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL'];
const LEVELS: IndicatorLevel[] = ['OUTPUT', 'OUTCOME', 'IMPACT'];
const AGGREGATIONS: IndicatorAggregation[] = ['SUM', 'MEAN', 'LATEST', 'SHARE'];
const COMPUTATIONS: IndicatorComputation[] = ['REPORTED', 'COMPUTED'];
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
  const [code, setCode] = useState('');
  const [query, reload] = usePostedQuery(IndicatorFormDocument, { code, chosen: code !== '' });
  useReloadOn(round, reload);
  const indicator = query.status === 'done' && code !== '' ? query.data.indicator : undefined;
  const form = useRecordForm(valuesOf(indicator));

  async function save() {
    const input = inputOf(form.values);
    const saved = await written<UpdateIndicatorMutation | CreateIndicatorMutation>(
      form,
      indicator
        ? postOperation(UpdateIndicatorDocument, { id: indicator.id, version: indicator.version, input })
        : postOperation(CreateIndicatorDocument, { input }),
    );
    if (!saved) return;
    const record = 'updateIndicator' in saved ? saved.updateIndicator : saved.createIndicator;
    form.setNotice({ kind: 'saved', message: t('adminForm.saved', { code: record.code }) });
    setCode(record.code);
    onSaved();
  }

  const choice = <T extends string>(
    values: T[],
    prefix: 'unit' | 'direction' | 'level' | 'aggregation' | 'computation',
  ) => values.map((value) => ({ value, label: t(`${prefix}.${value}` as `unit.${IndicatorUnit}`) }));

  return (
    <QueryStatus state={query}>
      {(data) => (
        <>
          <RecordFormFrame
            id="admin-indicator-form"
            title={t('adminForm.indicators')}
            chooseLabel={t('adminForm.chooseIndicator')}
            chosen={code}
            options={data.indicators.nodes.map((option) => ({
              value: option.code,
              label: `${option.code} – ${option.nameEn}`,
            }))}
            onChoose={setCode}
            form={form}
            onSave={save}
            onReload={reload}
          >
            <TextField form={form} name="code" label={t('adminForm.code')} required />
            <TextField form={form} name="nameEn" label={t('adminForm.nameEn')} required wide />
            <TextField form={form} name="definition" label={t('adminForm.definition')} type="textarea" wide />
            <SelectField form={form} name="unit" label={t('adminForm.unit')} required options={choice(UNITS, 'unit')} />
            <SelectField
              form={form}
              name="direction"
              label={t('adminForm.direction')}
              required
              options={choice(DIRECTIONS, 'direction')}
            />
            <SelectField
              form={form}
              name="level"
              label={t('adminForm.level')}
              required
              options={choice(LEVELS, 'level')}
            />
            <SelectField
              form={form}
              name="aggregation"
              label={t('adminForm.aggregation')}
              required
              options={choice(AGGREGATIONS, 'aggregation')}
            />
            <SelectField
              form={form}
              name="computation"
              label={t('adminForm.computation')}
              required
              options={choice(COMPUTATIONS, 'computation')}
            />
            <CheckGroup
              form={form}
              name="disaggregations"
              legend={t('adminForm.disaggregations')}
              options={DISAGGREGATIONS.map((value) => ({ value, label: t(`disaggregation.${value}`) }))}
            />
          </RecordFormFrame>
          {indicator && (
            <IndicatorMappings indicator={indicator} frameworks={data.frameworks} onSaved={onSaved} onReload={reload} />
          )}
        </>
      )}
    </QueryStatus>
  );
}
