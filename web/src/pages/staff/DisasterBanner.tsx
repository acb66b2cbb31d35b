import { Link, useLocation } from 'react-router';
import { get } from '../../api/client';
import type { DisasterDeclaration, Site } from '../../api/types';
import { useAsync } from '../../components/useAsync';
import { useI18n } from '../../i18n/I18n';

export function siteNames(declaration: DisasterDeclaration, sites: Site[], pick: (ja: string, en: string) => string, all: string) {
  if (declaration.allSites || declaration.siteCodes.length === 0) {
    return all;
  }
  return declaration.siteCodes
    .map((code) => {
      const site = sites.find((s) => s.code === code);
      return site ? pick(site.nameJa, site.nameEn) : code;
    })
    .join('、');
}

/** The banner every staff page shows while disaster mode (災害モード) is in force somewhere. */
export function DisasterBanner() {
  const { t, pick, dateTime } = useI18n();
  const location = useLocation();
  const declarations = useAsync(
    (signal) => get<DisasterDeclaration[]>('/api/v1/lending/disaster-mode', signal).catch(() => []),
    [location.pathname],
  );
  const sites = useAsync((signal) => get<Site[]>('/api/v1/lending/sites', signal).catch(() => []), []);
  const active = (declarations.data ?? []).filter((d) => !d.liftedAt);
  if (active.length === 0) {
    return null;
  }
  return (
    <div role="region" aria-label={t('disaster.banner')} className="border-y-4 border-error-2 bg-red-50">
      <div className="mx-auto max-w-5xl px-4 py-3">
        {active.map((d) => (
          <p key={d.id} className="text-std-17B-170 text-error-2">
            {t('disaster.bannerText', {
              sites: siteNames(d, sites.data ?? [], pick, t('disaster.allSites')),
              since: dateTime(d.effectiveFrom),
            })}
            {d.reason ? <span className="block text-std-16N-170 text-solid-gray-900">{d.reason}</span> : null}
          </p>
        ))}
        {location.pathname !== '/staff/disaster' ? (
          <Link to="/staff/disaster" className="text-blue-900 underline">
            {t('disaster.details')}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
