import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

/** The running suite's addresses, from the environment WebConsoleTest sets. */
export const baseURL = process.env.MADOGUCHI_BASE_URL ?? 'http://localhost:8080';
export const issuer = process.env.MADOGUCHI_ISSUER ?? 'http://localhost:18080/realms/madoguchi';
const screenshots = process.env.MADOGUCHI_SCREENSHOTS ?? 'test-results/screenshots';
export const PASSWORD = 'madoguchi';

/** A JSON Web Token anywhere in a text. */
export const JWT = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\./;

/** Signs in through the gateway's login and the real Keycloak login page, and comes back to the path. */
export async function signIn(page: Page, username: string, returnTo = '/'): Promise<void> {
  await page.goto(`/auth/login?returnTo=${encodeURIComponent(returnTo)}&lang=ja`);
  await signInOnKeycloak(page, username);
  await page.waitForURL((url) => url.origin === new URL(baseURL).origin && url.pathname === returnTo.split('?')[0]);
}

/** Fills Keycloak's own login form (the page the browser was sent to). */
export async function signInOnKeycloak(page: Page, username: string): Promise<void> {
  await page.locator('#username').waitFor();
  expect(new URL(page.url()).origin).toBe(new URL(issuer).origin);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expect(page.getByRole('link', { name: 'ログイン' })).toBeVisible();
}

/** Axe on the page as it is now: no violation of WCAG 2.1 levels A and AA (JIS X 8341-3:2016). */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(found, `accessibility violations on ${what}`).toEqual([]);
}

/** A screenshot of the whole page under the build's output, named after it. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });
}

/** Checks a page and keeps its picture: axe, then the screenshot. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await screenshot(page, name);
}

/** Neither storage holds a token, and the page's scripts see no session cookie (it is HttpOnly). */
export async function expectNoTokenInPage(page: Page): Promise<void> {
  const seen = await page.evaluate(() => ({
    local: Object.entries(window.localStorage),
    session: Object.entries(window.sessionStorage),
    cookie: document.cookie,
  }));
  for (const [key, value] of [...seen.local, ...seen.session]) {
    expect(`${key}=${value}`).not.toMatch(JWT);
    expect(key.toLowerCase()).not.toMatch(/token|access|refresh|id_token|oidc/);
  }
  expect(seen.cookie).not.toMatch(JWT);
  const cookies = await page.context().cookies(baseURL);
  const session = cookies.filter((c) => c.httpOnly);
  expect(session.length, 'the gateway sets an HttpOnly session cookie').toBeGreaterThan(0);
  for (const cookie of session) {
    expect(seen.cookie).not.toContain(`${cookie.name}=`);
    expect(cookie.sameSite).toBe('Lax');
  }
}

const tokens = new Map<string, { token: string; until: number }>();

/** A sample user's access token, by the password grant of the development client (test data setup only). */
export async function tokenOf(request: APIRequestContext, username: string): Promise<string> {
  const held = tokens.get(username);
  if (held && held.until > Date.now()) {
    return held.token;
  }
  const response = await request.post(`${issuer}/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'madoguchi-cli', username, password: PASSWORD, scope: 'openid' },
  });
  expect(response.status(), await response.text()).toBe(200);
  const body = (await response.json()) as { access_token: string; expires_in: number };
  tokens.set(username, { token: body.access_token, until: Date.now() + (body.expires_in - 60) * 1000 });
  return body.access_token;
}

export interface Answer<T> {
  status: number;
  body: T;
  etag: string | undefined;
}

/** A call to the gateway with a bearer token, as a mobile app or a script makes it (the test's own setup). */
export async function callAs<T = unknown>(
  request: APIRequestContext,
  username: string | null,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const auth: Record<string, string> = username ? { Authorization: `Bearer ${await tokenOf(request, username)}` } : {};
  const response = await request.fetch(`${baseURL}${path}`, {
    method,
    data: body === undefined ? undefined : body,
    headers: { 'Accept-Language': 'ja', ...auth, ...headers },
  });
  const text = await response.text();
  return {
    status: response.status(),
    body: (text ? JSON.parse(text) : null) as T,
    etag: response.headers()['etag'],
  };
}

/** Repeats a call until its answer passes, as the suite's consumers learn of a change a moment later. */
export async function eventually<T>(attempt: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const until = Date.now() + 60_000;
  let last: T = await attempt();
  while (!done(last)) {
    if (Date.now() > until) {
      throw new Error(`${what} did not happen within 60 s: ${JSON.stringify(last)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    last = await attempt();
  }
  return last;
}

export const uniqueCode = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;

export interface PublishedForm {
  procedureId: string;
  formId: string;
  title: string;
}

/**
 * 情報政策課 (procadmin1) registers an online procedure of 健康・子育て推進課 with its form and publishes it, and the
 * test waits until applications-service has learnt the form (a first application by citizen2 goes through).
 */
export async function publishForm(
  request: APIRequestContext,
  { name, kana, title, anonymous }: { name: string; kana: string; title: string; anonymous: boolean },
): Promise<PublishedForm> {
  const department = 'kenko-kosodate';
  const procedure = await callAs<{ id: string }>(request, 'procadmin1', 'POST', '/api/v1/procedures', {
    code: uniqueCode('WEB'),
    name,
    kana,
    departmentCode: department,
    category: '子育て',
    description: `${name}のオンライン申請です（サンプル）。`,
  });
  expect(procedure.status).toBe(201);
  const drafted = await callAs<{ id: string }>(request, 'procadmin1', 'POST', '/api/v1/forms', {
    kind: anonymous ? 'SURVEY' : 'PROCEDURE',
    departmentCode: department,
    title,
    titleEn: `${title} (sample)`,
    acceptsAnonymous: anonymous,
    procedureIds: [procedure.body.id],
    standardProcessingDays: 5,
    fields: [
      { key: 'name', label: '氏名', labelEn: 'Name', type: 'TEXT', required: true, maxLength: 50 },
      { key: 'dueDate', label: '出産予定日', labelEn: 'Expected date of birth', type: 'DATE', required: true },
      { key: 'contact', label: '連絡方法', labelEn: 'How to reach you', type: 'SINGLE_CHOICE', required: true, choices: ['電話', 'メール'] },
      { key: 'consent', label: '個人情報の取扱いに同意します', labelEn: 'I agree to the handling of personal data', type: 'CONSENT', required: true },
    ],
  });
  expect(drafted.status).toBe(201);
  const formId = drafted.body.id;
  expect((await callAs(request, 'procadmin1', 'POST', `/api/v1/forms/${formId}/publish`, undefined, { 'If-Match': drafted.etag ?? '' })).status).toBe(200);
  const read = await callAs(request, 'procadmin1', 'GET', `/api/v1/procedures/${procedure.body.id}`);
  const completed = await callAs(request, 'procadmin1', 'POST', `/api/v1/procedures/${procedure.body.id}/status`, { status: 'COMPLETED', formId }, { 'If-Match': read.etag ?? '' });
  expect(completed.status).toBe(200);
  await eventually(
    () =>
      callAs(request, anonymous ? null : 'citizen2', 'POST', `/api/v1/forms/${formId}/applications`, {
        answers: { name: '見本 陽子', dueDate: '2027-05-01', contact: 'メール', consent: true },
      }, { 'Idempotency-Key': randomUUID() }),
    (answer) => answer.status === 201,
    'applications-service learning the form',
  );
  return { procedureId: procedure.body.id, formId, title };
}

/** Today in Tokyo, and a day some days later, as ISO days. */
export function tokyoDay(offsetDays = 0): string {
  const now = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Tabs through the page until the element has the focus (at most 60 presses), as a keyboard user would. */
export async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await page.locator(selector).evaluate((el) => el === document.activeElement)) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}
