import type { ReactNode } from 'react';
import { BrowserRouter, Link, Route, Routes, useLocation } from 'react-router';
import { Loading, Notice } from './components/Feedback';
import { Layout } from './components/Layout';
import { PageTitle } from './components/Page';
import { FuriganaProvider } from './furigana/Furigana';
import { I18nProvider, useI18n } from './i18n/I18n';
import { AnnouncementsPage } from './pages/citizen/AnnouncementsPage';
import { ApplicationPage } from './pages/citizen/ApplicationPage';
import { ApplyPage } from './pages/citizen/ApplyPage';
import { CorrectionPage } from './pages/citizen/CorrectionPage';
import { InboxPage } from './pages/citizen/InboxPage';
import { LookupPage } from './pages/citizen/LookupPage';
import { MyApplicationsPage } from './pages/citizen/MyApplicationsPage';
import { PreferencesPage } from './pages/citizen/PreferencesPage';
import { ProcedurePage } from './pages/citizen/ProcedurePage';
import { ReceiptPage } from './pages/citizen/ReceiptPage';
import { SearchPage } from './pages/citizen/SearchPage';
import { DeliveriesPage } from './pages/ops/DeliveriesPage';
import { EventsPage } from './pages/ops/EventsPage';
import { HealthPage } from './pages/ops/HealthPage';
import { DeskPage } from './pages/staff/DeskPage';
import { DisasterPage } from './pages/staff/DisasterPage';
import { FormEditorPage } from './pages/staff/FormEditorPage';
import { FormsPage } from './pages/staff/FormsPage';
import { IncidentsPage } from './pages/staff/IncidentsPage';
import { LendingPage } from './pages/staff/LendingPage';
import { ReportsPage } from './pages/staff/ReportsPage';
import { StaffApplicationPage } from './pages/staff/StaffApplicationPage';
import { StaffInboxPage } from './pages/staff/StaffInboxPage';
import { SessionProvider, useSession, type Role } from './session/Session';

/** A page for signed-in people only, or for those with one of the roles; others are asked to sign in. */
function Guard({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const { session, signInUrl } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  if (!session) {
    return <Loading />;
  }
  if (!session.authenticated) {
    return (
      <>
        <PageTitle title={t('guard.signInTitle')}>{t('guard.signInTitle')}</PageTitle>
        <p className="mt-4 text-std-16N-170">{t('guard.signInLead')}</p>
        <p className="mt-4">
          <a
            href={signInUrl(location.pathname + location.search)}
            className="inline-flex min-h-12 items-center rounded-8 border-2 border-blue-900 bg-blue-900 px-4 text-oln-16B-100 text-white hover:bg-blue-1000 hover:underline"
          >
            {t('header.signIn')}
          </a>
        </p>
      </>
    );
  }
  if (roles && !roles.some((role) => session.roles.includes(role))) {
    return (
      <>
        <PageTitle title={t('guard.forbiddenTitle')}>{t('guard.forbiddenTitle')}</PageTitle>
        <Notice kind="warning" className="mt-4" title={t('guard.forbiddenLead')} />
      </>
    );
  }
  return <>{children}</>;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle title={t('common.notFound')}>{t('common.notFound')}</PageTitle>
      <p className="mt-4">
        <Link to="/" className="text-blue-900 underline">
          {t('nav.search')}
        </Link>
      </p>
    </>
  );
}

function Pages() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<SearchPage />} />
        <Route path="/procedures/:id" element={<ProcedurePage />} />
        <Route path="/forms/:id" element={<ApplyPage />} />
        <Route path="/receipt/:id" element={<ReceiptPage />} />
        <Route path="/lookup" element={<LookupPage />} />
        <Route path="/announcements" element={<AnnouncementsPage />} />
        <Route path="/my/applications" element={<Guard roles={['citizen']}><MyApplicationsPage /></Guard>} />
        <Route path="/my/applications/:id" element={<Guard><ApplicationPage /></Guard>} />
        <Route path="/my/applications/:id/correct" element={<Guard><CorrectionPage /></Guard>} />
        <Route path="/inbox" element={<Guard><InboxPage /></Guard>} />
        <Route path="/settings/notifications" element={<Guard><PreferencesPage /></Guard>} />
        <Route path="/staff/inbox" element={<Guard roles={['staff']}><StaffInboxPage /></Guard>} />
        <Route path="/staff/applications/:id" element={<Guard roles={['staff']}><StaffApplicationPage /></Guard>} />
        <Route path="/staff/lending" element={<Guard roles={['staff']}><LendingPage /></Guard>} />
        <Route path="/staff/desk" element={<Guard roles={['lending-desk']}><DeskPage /></Guard>} />
        <Route path="/staff/incidents" element={<Guard roles={['lending-desk', 'info-policy']}><IncidentsPage /></Guard>} />
        <Route path="/staff/disaster" element={<Guard roles={['staff']}><DisasterPage /></Guard>} />
        <Route path="/staff/reports" element={<Guard roles={['staff']}><ReportsPage /></Guard>} />
        <Route path="/staff/forms" element={<Guard roles={['procedure-admin', 'staff']}><FormsPage /></Guard>} />
        <Route path="/staff/forms/:id" element={<Guard roles={['procedure-admin', 'staff']}><FormEditorPage /></Guard>} />
        <Route path="/ops/events" element={<Guard roles={['ops']}><EventsPage /></Guard>} />
        <Route path="/ops/health" element={<Guard roles={['ops']}><HealthPage /></Guard>} />
        <Route path="/ops/deliveries" element={<Guard roles={['ops']}><DeliveriesPage /></Guard>} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Layout>
  );
}

function WithSession({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  return <SessionProvider language={language}>{children}</SessionProvider>;
}

export function App() {
  return (
    <I18nProvider>
      <WithSession>
        <FuriganaProvider>
          <BrowserRouter>
            <Pages />
          </BrowserRouter>
        </FuriganaProvider>
      </WithSession>
    </I18nProvider>
  );
}
