import { useEffect, useState } from 'react';
import { postOperation } from '../../api/post-operation';
import { ValueHistoryDocument, type ValueHistoryQuery } from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';

type Event = ValueHistoryQuery['history'][number];

const text = (value: unknown): string => (value == null ? '' : String(value));

/** Every recorded write to one value, oldest first: when, who, what, the value and the reviewer's comment after. */
export function ValueHistory({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [events, setEvents] = useState<Event[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    postOperation(ValueHistoryDocument, { id }).then(
      (answer) => {
        if (!current) return;
        if (answer.data) setEvents(answer.data.history);
        else setFailure(answer.errors.map((error) => error.message).join(' '));
      },
      (error: unknown) => current && setFailure(String(error)),
    );
    return () => {
      current = false;
    };
  }, [id]);
  if (failure) return <p role="alert">{t('status.failed', { message: failure })}</p>;
  if (!events) return <p role="status">{t('status.loading')}</p>;
  return (
    <ol className="value-history">
      {events.map((event, index) => (
        <li key={index}>
          <time dateTime={event.at}>{new Date(event.at).toLocaleString(i18n.language)}</time>{' '}
          {t(`auditAction.${event.action}`)} · {event.actor}
          {event.after && (
            <>
              {' '}
              · {i18n.number(Number(event.after.value))} ·{' '}
              {t(`reviewStatus.${text(event.after.review_status) as 'DRAFT'}`)}
              {event.after.review_comment != null && (
                <>
                  {' '}
                  · <q>{text(event.after.review_comment)}</q>
                </>
              )}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
