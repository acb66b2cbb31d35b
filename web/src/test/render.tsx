import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';
import { FuriganaProvider } from '../furigana/Furigana';
import { I18nProvider, useI18n } from '../i18n/I18n';
import type { Language } from '../i18n/messages';
import { SessionProvider, type SessionState } from '../session/Session';

export interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

type Handler = (call: Call) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}

/**
 * Replaces fetch with handlers keyed by "METHOD /path" (the path without its query); records every call. A call
 * nobody handles fails the test with a 599.
 */
export function mockFetch(handlers: Record<string, Handler | Response | unknown>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = String(input);
      const method = (init.method ?? 'GET').toUpperCase();
      const headers = Object.fromEntries(Object.entries((init.headers as Record<string, string>) ?? {}));
      let body: unknown = init.body;
      if (typeof body === 'string') {
        try {
          body = JSON.parse(body);
        } catch {
          // raw text
        }
      }
      const call = { method, url, headers, body };
      calls.push(call);
      const path = url.split('?')[0];
      const handler = handlers[`${method} ${path}`];
      if (handler === undefined) {
        return new Response(`no handler for ${method} ${url}`, { status: 599 });
      }
      if (typeof handler === 'function') {
        return (handler as Handler)(call);
      }
      if (handler instanceof Response) {
        return handler.clone();
      }
      return json(handler);
    }),
  );
  return calls;
}

export const citizen: SessionState = {
  authenticated: true,
  subject: 'sub-citizen1',
  username: 'citizen1',
  name: '鳥取 花子',
  roles: ['citizen'],
  department: null,
  managedSite: null,
  locale: 'ja',
  csrfToken: 'csrf-123',
};

export const staff: SessionState = {
  authenticated: true,
  subject: 'sub-staff1',
  username: 'staff1',
  name: '山本 健太',
  roles: ['staff'],
  department: 'kenko-kosodate',
  managedSite: null,
  locale: 'ja',
  csrfToken: 'csrf-staff',
};

function WithSession({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  return <SessionProvider language={language}>{children}</SessionProvider>;
}

/** Renders a page inside the app's providers at a route, as the router would. */
export function renderPage(
  element: ReactElement,
  { path = '/', route = '/', language = 'ja' }: { path?: string; route?: string; language?: Language } = {},
) {
  return render(
    <I18nProvider initial={language}>
      <WithSession>
        <FuriganaProvider>
          <MemoryRouter initialEntries={[route]}>
            <Routes>
              <Route path={path} element={element} />
              <Route path="*" element={<p>elsewhere</p>} />
            </Routes>
          </MemoryRouter>
        </FuriganaProvider>
      </WithSession>
    </I18nProvider>,
  );
}
