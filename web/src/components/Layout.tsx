import { type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useFurigana } from '../furigana/Furigana';
import { useI18n } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages';
import { useSession, type Role } from '../session/Session';
import { DisasterBanner } from '../pages/staff/DisasterBanner';

interface NavItem {
  to: string;
  label: MessageKey;
  /** Shown to anyone when absent; else to a signed-in person with one of the roles ('signed-in': any). */
  roles?: (Role | 'signed-in')[];
}

const citizenNav: NavItem[] = [
  { to: '/', label: 'nav.search' },
  { to: '/announcements', label: 'nav.announcements' },
  { to: '/lookup', label: 'nav.lookup' },
  { to: '/my/applications', label: 'nav.myApplications', roles: ['citizen'] },
  { to: '/inbox', label: 'nav.inbox', roles: ['signed-in'] },
  { to: '/settings/notifications', label: 'nav.preferences', roles: ['signed-in'] },
];

const staffNav: NavItem[] = [
  { to: '/staff/inbox', label: 'nav.staffInbox', roles: ['staff'] },
  { to: '/staff/lending', label: 'nav.lending', roles: ['staff'] },
  { to: '/staff/desk', label: 'nav.desk', roles: ['lending-desk'] },
  { to: '/staff/incidents', label: 'nav.incidents', roles: ['staff'] },
  { to: '/staff/disaster', label: 'nav.disaster', roles: ['staff'] },
  { to: '/staff/reports', label: 'nav.reports', roles: ['staff'] },
  { to: '/staff/forms', label: 'nav.forms', roles: ['procedure-admin', 'staff'] },
];

const opsNav: NavItem[] = [
  { to: '/ops/events', label: 'nav.opsEvents', roles: ['ops'] },
  { to: '/ops/health', label: 'nav.opsHealth', roles: ['ops'] },
  { to: '/ops/deliveries', label: 'nav.opsDeliveries', roles: ['ops'] },
];

export type Area = 'citizen' | 'staff' | 'ops';

export function areaOf(pathname: string): Area {
  if (pathname.startsWith('/staff')) {
    return 'staff';
  }
  if (pathname.startsWith('/ops')) {
    return 'ops';
  }
  return 'citizen';
}

function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const other = language === 'ja' ? 'en' : 'ja';
  return (
    <button
      type="button"
      lang={other}
      className="rounded-6 border border-white px-3 py-1.5 text-oln-16N-100 text-white hover:bg-blue-1000 hover:underline"
      onClick={() => setLanguage(other)}
      aria-label={t('header.switchLanguageLabel')}
    >
      {t('header.switchLanguage')}
    </button>
  );
}

function FuriganaSwitch() {
  const { enabled, setEnabled } = useFurigana();
  const { t } = useI18n();
  return (
    <button
      type="button"
      aria-pressed={enabled}
      className="rounded-6 border border-white px-3 py-1.5 text-oln-16N-100 text-white hover:bg-blue-1000 hover:underline aria-pressed:bg-white aria-pressed:text-blue-900"
      onClick={() => setEnabled(!enabled)}
    >
      {t('header.furigana')}
    </button>
  );
}

function SignInOut() {
  const { session, signInUrl, signOut } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  if (!session) {
    return null;
  }
  if (!session.authenticated) {
    return (
      <a
        href={signInUrl(location.pathname + location.search)}
        className="rounded-6 bg-white px-3 py-1.5 text-oln-16B-100 text-blue-900 hover:underline"
      >
        {t('header.signIn')}
      </a>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <span className="text-dns-16N-130 text-white">{t('header.signedInAs', { name: session.name ?? session.username })}</span>
      <button
        type="button"
        className="rounded-6 border border-white px-3 py-1.5 text-oln-16N-100 text-white hover:bg-blue-1000 hover:underline"
        onClick={() => void signOut().then(() => window.location.assign('/'))}
      >
        {t('header.signOut')}
      </button>
    </div>
  );
}

function Nav({ items, label }: { items: NavItem[]; label: string }) {
  const { t } = useI18n();
  const { session } = useSession();
  const visible = items.filter(
    (item) =>
      !item.roles ||
      (session?.authenticated &&
        item.roles.some((role) => role === 'signed-in' || session.roles.includes(role))),
  );
  if (visible.length === 0) {
    return null;
  }
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-1 gap-y-1">
        {visible.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.to === '/'}
              className="inline-block rounded-6 px-3 py-2 text-oln-16N-100 text-blue-1000 underline-offset-4 hover:bg-blue-50 hover:underline aria-[current=page]:bg-blue-100 aria-[current=page]:font-bold"
            >
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const location = useLocation();
  const area = areaOf(location.pathname);
  return (
    <div className="flex min-h-screen flex-col bg-white text-solid-gray-800">
      <a
        href="#main"
        className="sr-only z-50 bg-yellow-300 px-4 py-2 text-std-16B-170 text-black focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
      >
        {t('header.skip')}
      </a>
      <header className="bg-blue-900">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <NavLink to="/" className="text-white no-underline hover:underline">
            <span className="block text-std-20B-150">{t('app.name')}</span>
            <span className="block text-dns-14N-130">{t('app.tagline')}</span>
          </NavLink>
          <div className="flex flex-wrap items-center gap-2">
            {area === 'citizen' ? <FuriganaSwitch /> : null}
            <LanguageSwitch />
            <SignInOut />
          </div>
        </div>
      </header>
      <div className="border-b border-solid-gray-300 bg-white">
        <div className="mx-auto flex max-w-5xl flex-col gap-1 px-4 py-2">
          <Nav items={citizenNav} label={t('nav.citizen')} />
          <Nav items={staffNav} label={t('nav.staff')} />
          <Nav items={opsNav} label={t('nav.ops')} />
        </div>
      </div>
      {hasRole('staff') && area === 'staff' ? <DisasterBanner /> : null}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 focus-visible:shadow-none focus-visible:outline-none">
        {children}
      </main>
      <footer className="mt-8 border-t border-solid-gray-300 bg-solid-gray-50">
        <div className="mx-auto max-w-5xl px-4 py-4 text-dns-14N-130 text-solid-gray-700">{t('app.footer')}</div>
      </footer>
    </div>
  );
}
