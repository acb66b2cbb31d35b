import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../i18n/I18n';

let firstPage = true;

/**
 * The page's one h1; it names the document too. After a move within the app the heading takes the focus, so that a
 * screen reader announces the new page and keyboard users start from its top.
 */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useI18n();
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = `${title} | ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
  }, [pathname]);
  return (
    <h1
      ref={ref}
      tabIndex={-1}
      className="text-std-28B-150 text-solid-gray-900 focus-visible:shadow-none focus-visible:outline-none md:text-std-32B-150"
    >
      {children}
    </h1>
  );
}

export interface Crumb {
  to?: string;
  label: ReactNode;
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('nav.breadcrumbs')} className="mb-4">
      <ol className="flex flex-wrap gap-x-2 text-dns-16N-130">
        {items.map((item, index) => (
          <li key={index} className="flex items-center gap-2">
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            {item.to ? (
              <Link to={item.to} className="text-blue-900 underline">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function Section({ title, children, id }: { title: ReactNode; children: ReactNode; id?: string }) {
  return (
    <section aria-labelledby={id ? `${id}-title` : undefined} className="mt-8">
      <h2 id={id ? `${id}-title` : undefined} className="mb-3 text-std-22B-150 text-solid-gray-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A data table with a caption, scrolling sideways on a phone instead of squeezing its columns. */
export function DataTable({ caption, children, id }: { caption: string; children: ReactNode; id: string }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table id={id} className="w-full border-collapse text-left text-dns-16N-130">
        <caption id={`${id}-caption`} className="mb-2 text-left text-std-17B-170">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export const th = 'border-b-2 border-solid-gray-800 bg-solid-gray-50 px-3 py-2 text-dns-16B-130';
export const td = 'border-b border-solid-gray-300 px-3 py-2 align-top';
