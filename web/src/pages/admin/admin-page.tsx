import { useDocumentTitle } from '../../components/document-title';
import { usePostedQuery } from '../../api/use-posted-query';
import { QueryStatus } from '../../components/query-status';
import { SignInPrompt } from '../../components/sign-in-prompt';
import { AdminOverviewDocument } from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';
import { AccessAdmin } from './access-admin';

/**
 * `/admin`: who the caller is to the hub (role and scope); for ADMIN, accounts (invite, disable,
 * enable, password reset) and API tokens (create, with the secret shown once, and revoke).
 */
export default function AdminPage() {
  const { t } = useI18n();
  useDocumentTitle(t('admin.title'));
  const [query] = usePostedQuery(AdminOverviewDocument, {});
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <QueryStatus state={query}>
        {(data) => {
          const { role, municipalities, organisations } = data.viewer;
          if (role === null) return <SignInPrompt />;
          return (
            <>
              <section aria-labelledby="admin-you">
                <h2 id="admin-you">{t('admin.you')}</h2>
                <dl className="facts">
                  <dt>{t('admin.role')}</dt>
                  <dd>{t(`accessRole.${role}`)}</dd>
                  {organisations.length > 0 && (
                    <>
                      <dt>{t('report.organisation')}</dt>
                      <dd>{organisations.map((organisation) => organisation.nameEn).join(', ')}</dd>
                    </>
                  )}
                  {municipalities.length > 0 && (
                    <>
                      <dt>{t('report.municipalities')}</dt>
                      <dd>{municipalities.map((municipality) => municipality.nameLocal).join(', ')}</dd>
                    </>
                  )}
                </dl>
              </section>
              {role === 'ADMIN' ? <AccessAdmin /> : <p role="alert">{t('admin.notAdmin')}</p>}
            </>
          );
        }}
      </QueryStatus>
    </>
  );
}
