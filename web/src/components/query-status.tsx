import type { ReactNode } from 'react';
import type { QueryState } from '../api/use-query';
import { useI18n } from '../i18n/i18n';
import { NotFound } from './not-found';
import { SignInPrompt } from './sign-in-prompt';

/**
 * Shows loading or the failure of a page's operation (a session that has ended, UNAUTHENTICATED, as
 * a prompt to sign in again); the page itself once the data is there. With `notFoundPage`, an
 * operation refused as NOT_FOUND (the code in the page's path names nothing) shows the not-found page.
 */
export function QueryStatus<T>({
  state,
  children,
  notFoundPage = false,
}: {
  state: QueryState<T>;
  children: (data: T) => ReactNode;
  notFoundPage?: boolean;
}) {
  const { t } = useI18n();
  if (notFoundPage && state.status === 'failed' && state.code === 'NOT_FOUND') return <NotFound />;
  if (state.status === 'loading') return <p role="status">{t('status.loading')}</p>;
  if (state.status === 'failed' && state.code === 'UNAUTHENTICATED') return <SignInPrompt ended />;
  if (state.status === 'failed') return <p role="alert">{t('status.failed', { message: state.message })}</p>;
  return <>{children(state.data)}</>;
}
