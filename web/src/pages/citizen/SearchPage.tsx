import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { get, query } from '../../api/client';
import type { Announcement, SearchPage as Results } from '../../api/types';
import { Tag, LoadError } from '../../components/Feedback';
import { PageTitle, Section } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { Furigana } from '../../furigana/Furigana';
import { useI18n } from '../../i18n/I18n';

const PAGE_SIZE = 20;
const TYPING_PAUSE_MS = 250;

/** The citizen portal's front page: one search box over every procedure available online, as the reader types. */
export function SearchPage() {
  const { t, pick, date } = useI18n();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [q, setQ] = useState(params.get('q') ?? '');
  const [size, setSize] = useState(PAGE_SIZE);
  const composing = useRef(false);

  useEffect(() => {
    if (composing.current) {
      return;
    }
    const timer = setTimeout(() => {
      setQ(text.trim());
      setSize(PAGE_SIZE);
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    setParams(q ? { q } : {}, { replace: true });
  }, [q, setParams]);

  const results = useAsync(
    (signal) => get<Results>(`/api/v1/procedures${query({ q, size, page: 0 })}`, signal),
    [q, size],
  );
  const news = useAsync((signal) => get<Announcement[]>('/api/v1/announcements/feed', signal), []);

  return (
    <>
      <PageTitle title={t('search.title')}>{t('search.title')}</PageTitle>
      <p className="mt-2 text-std-16N-170">{t('search.lead')}</p>
      <form
        role="search"
        className="mt-6"
        onSubmit={(event) => {
          event.preventDefault();
          setQ(text.trim());
        }}
      >
        <label htmlFor="search-q" className="text-std-17B-170">
          {t('search.label')}
        </label>
        <p id="search-q-hint" className="text-std-16N-170 text-solid-gray-700">
          {t('search.hint')}
        </p>
        <div className="mt-1 flex gap-2">
          <input
            id="search-q"
            type="search"
            value={text}
            autoComplete="off"
            aria-describedby="search-q-hint"
            className="w-full rounded-8 border border-solid-gray-600 px-4 py-3 text-std-16N-170 hover:border-black"
            onChange={(e) => setText(e.target.value)}
            onCompositionStart={() => {
              composing.current = true;
            }}
            onCompositionEnd={(e) => {
              composing.current = false;
              setText(e.currentTarget.value);
            }}
          />
          <button
            type="submit"
            className="shrink-0 rounded-8 border-2 border-blue-900 bg-blue-900 px-4 text-oln-16B-100 text-white hover:bg-blue-1000"
          >
            {t('search.submit')}
          </button>
        </div>
      </form>

      <section aria-labelledby="results-title" className="mt-6">
        <h2 id="results-title" className="sr-only">
          {t('search.results')}
        </h2>
        <p role="status" aria-live="polite" className="text-std-16N-170">
          {results.data
            ? q
              ? t('search.count', { count: results.data.total, q })
              : t('search.countAll', { count: results.data.total })
            : results.loading
              ? t('common.loading')
              : ''}
        </p>
        {results.error ? <LoadError error={results.error} onRetry={results.reload} /> : null}
        {results.data && results.data.items.length > 0 ? (
          <ul className="mt-3 flex flex-col gap-3">
            {results.data.items.map((hit) => (
              <li key={hit.id} className="rounded-8 border border-solid-gray-300 p-4 hover:border-blue-900">
                <Link to={`/procedures/${hit.id}`} className="text-std-20B-150 text-blue-900 underline">
                  <Furigana text={hit.name} reading={hit.kana} />
                </Link>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-dns-16N-130 text-solid-gray-700">
                  <span>{pick(hit.department.name, hit.department.nameEn)}</span>
                  {hit.category ? <span>· {hit.category}</span> : null}
                  <Tag tone={hit.status === 'COMPLETED' ? 'success' : 'neutral'}>
                    {pick(hit.statusLabel.ja, hit.statusLabel.en)}
                  </Tag>
                </p>
              </li>
            ))}
          </ul>
        ) : null}
        {results.data && results.data.items.length < results.data.total ? (
          <button
            type="button"
            className="mt-4 rounded-8 border-2 border-blue-900 px-4 py-3 text-oln-16B-100 text-blue-900 hover:bg-blue-50"
            onClick={() => setSize((s) => Math.min(s + PAGE_SIZE, 100))}
            disabled={size >= 100}
          >
            {t('search.more')}
          </button>
        ) : null}
      </section>

      <Section title={t('announcements.title')} id="home-news">
        {news.error ? <LoadError error={news.error} /> : null}
        {news.data && news.data.length === 0 ? <p>{t('announcements.none')}</p> : null}
        <ul className="flex flex-col gap-2">
          {(news.data ?? []).slice(0, 3).map((item) => (
            <li key={item.id}>
              <Link to={`/announcements#a-${item.id}`} className="text-blue-900 underline">
                {pick(item.title, item.titleEn)}
              </Link>{' '}
              <span className="text-dns-14N-130 text-solid-gray-700">{date(item.from)}</span>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
