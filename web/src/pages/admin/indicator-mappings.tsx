import { useEffect, useState } from 'react';
import { postOperation } from '../../api/post-operation';
import { SetIndicatorFrameworkElementsDocument, type IndicatorFormQuery } from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';
import { SubmitRow } from './submit-row';
import { TEXT_LIMITS } from './text-limits';
import { useWrite } from './use-write';
import { WriteNotice, type FormNotice } from './write-notice';
import { problemsOf } from './write-problems';

type Indicator = NonNullable<IndicatorFormQuery['indicator']>;

/** The elements chosen, each with the rationale written for it. */
type Chosen = Record<string, string>;

const chosenOf = (indicator: Indicator): Chosen =>
  Object.fromEntries(
    indicator.frameworkMappings.flatMap(({ element, rationale }) => (element ? [[element.id, rationale ?? '']] : [])),
  );

/**
 * The framework elements an indicator is mapped to (ADMIN), grouped by framework, each chosen one
 * with an optional rationale; the whole set is saved at the indicator's version, and a change made
 * meanwhile is refused (CONFLICT) with a button that reloads it. Each mapping's stored rationale is
 * shown, so a save keeps it unless it is changed.
 */
export function IndicatorMappings({
  indicator,
  frameworks,
  onSaved,
  onReload,
}: {
  indicator: Indicator;
  frameworks: IndicatorFormQuery['frameworks'];
  onSaved: () => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const loaded = JSON.stringify(chosenOf(indicator));
  const [chosen, setChosen] = useState<Chosen>(() => chosenOf(indicator));
  const [notice, setNotice] = useState<FormNotice>({ kind: 'none' });
  const { busy, run } = useWrite(() => setNotice({ kind: 'unreachable' }));
  useEffect(() => {
    setChosen(JSON.parse(loaded) as Chosen);
  }, [loaded, indicator.version]);

  const elements = frameworks.flatMap((framework) => framework.elements);
  const id = 'admin-indicator-mappings';

  async function save() {
    setNotice({ kind: 'none' });
    const frameworkElements = elements
      .filter((element) => element.id in chosen)
      .map((element) => ({ element: element.id, rationale: chosen[element.id].trim() || null }));
    const { data, errors } = await postOperation(SetIndicatorFrameworkElementsDocument, {
      id: indicator.id,
      version: indicator.version,
      frameworkElements,
    });
    if (!data) {
      const { fields, stale, message } = problemsOf(errors);
      return setNotice(
        stale ? { kind: 'conflict' } : { kind: 'refused', message: [...Object.values(fields), message].join(' ') },
      );
    }
    setNotice({ kind: 'saved', message: t('adminForm.saved', { code: data.setIndicatorFrameworkElements.code }) });
    onSaved();
  }

  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{t('adminMappings.title', { code: indicator.code })}</h3>
      <p>{t('adminMappings.hint')}</p>
      <form
        className="admin-form"
        aria-labelledby={id}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void run(save);
        }}
      >
        {frameworks.map((framework) => (
          <fieldset key={framework.id} className="field wide check-group">
            <legend>{`${framework.code} – ${framework.nameEn}`}</legend>
            {framework.elements.map((element) => {
              const label = `${element.code} – ${element.nameEn}`;
              const on = element.id in chosen;
              return (
                <div key={element.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={on}
                      onChange={(event) =>
                        setChosen((previous) => {
                          const next = { ...previous };
                          if (event.target.checked) next[element.id] = '';
                          else delete next[element.id];
                          return next;
                        })
                      }
                    />
                    {label}
                  </label>
                  {on && (
                    <label>
                      {t('adminMappings.rationaleOf', { element: `${framework.code} ${element.code}` })}
                      <input
                        type="text"
                        autoComplete="off"
                        maxLength={TEXT_LIMITS.text}
                        value={chosen[element.id]}
                        onChange={(event) => {
                          const value = event.target.value;
                          setChosen((previous) => ({ ...previous, [element.id]: value }));
                        }}
                      />
                    </label>
                  )}
                </div>
              );
            })}
          </fieldset>
        ))}
        <SubmitRow label={t('adminMappings.save')} busy={busy} />
      </form>
      <WriteNotice
        notice={notice}
        onReload={() => {
          setNotice({ kind: 'none' });
          onReload();
        }}
      />
    </section>
  );
}
