import { lazy, Suspense } from 'react';
import { Link, Route, Switch } from 'wouter';
import { AccountMenu } from './components/account-menu';
import { NotFound } from './components/not-found';
import { LANGUAGES, useI18n, type Language } from './i18n/i18n';

const ProgrammeListPage = lazy(() => import('./pages/programmes/programme-list-page'));
const ProgrammeReportPage = lazy(() => import('./pages/programme-report/programme-report-page'));
const MunicipalityProfilePage = lazy(() => import('./pages/municipality-profile/municipality-profile-page'));
const BenchmarkPage = lazy(() => import('./pages/benchmark/benchmark-page'));
const SeriesPage = lazy(() => import('./pages/series/series-page'));
const CharterPage = lazy(() => import('./pages/charter/charter-page'));
const ReportPage = lazy(() => import('./pages/report/report-page'));
const ReviewPage = lazy(() => import('./pages/review/review-page'));
const AdminPage = lazy(() => import('./pages/admin/admin-page'));
const SignInPage = lazy(() => import('./pages/sign-in/sign-in-page'));
const AcceptInvitationPage = lazy(() => import('./pages/sign-in/accept-invitation-page'));
const ResetPasswordPage = lazy(() => import('./pages/sign-in/reset-password-page'));

/** The frame of every page: navigation, the language switch, and the page the path names. */
export function App() {
  const { t, language, setLanguage } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <p className="site-name">{t('site.name')}</p>
        <nav aria-label={t('nav.label')}>
          <Link href="/">{t('nav.programmes')}</Link>
          <Link href="/benchmark">{t('nav.benchmark')}</Link>
          <Link href="/series">{t('nav.series')}</Link>
          <Link href="/charter">{t('nav.charter')}</Link>
          <Link href="/report">{t('nav.report')}</Link>
          <Link href="/review">{t('nav.review')}</Link>
          <Link href="/admin">{t('nav.admin')}</Link>
          <a href="/graphql">{t('nav.api')}</a>
        </nav>
        <label className="language">
          {t('nav.language')}{' '}
          <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
            {LANGUAGES.map((option) => (
              <option key={option.code} value={option.code} lang={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
        <AccountMenu />
      </header>
      <main id="main">
        <Suspense fallback={<p role="status">{t('status.loading')}</p>}>
          <Switch>
            <Route path="/" component={ProgrammeListPage} />
            <Route path="/programmes/:code" component={ProgrammeReportPage} />
            <Route path="/municipalities/:country/:code" component={MunicipalityProfilePage} />
            <Route path="/benchmark" component={BenchmarkPage} />
            <Route path="/series" component={SeriesPage} />
            <Route path="/charter" component={CharterPage} />
            <Route path="/report" component={ReportPage} />
            <Route path="/review" component={ReviewPage} />
            <Route path="/admin" component={AdminPage} />
            <Route path="/sign-in" component={SignInPage} />
            <Route path="/accept-invitation" component={AcceptInvitationPage} />
            <Route path="/reset-password" component={ResetPasswordPage} />
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </main>
    </>
  );
}
