import { afterEach, describe, expect, it } from 'vitest';
import { json, mockFetch } from '../test/render';
import { api, ApiError, setCsrfToken, setLanguageSource, setSessionHooks } from './client';

afterEach(() => {
  setCsrfToken(null);
  setSessionHooks(null);
  setLanguageSource(() => 'ja');
});

describe('the API client', () => {
  it('sends the session CSRF token on unsafe methods only, and never an Authorization header', async () => {
    const calls = mockFetch({ 'GET /api/v1/x': { ok: true }, 'POST /api/v1/x': { ok: true }, 'DELETE /api/v1/x': { ok: true } });
    setCsrfToken('token-1');
    await api('/api/v1/x');
    await api('/api/v1/x', { method: 'POST', body: { a: 1 } });
    await api('/api/v1/x', { method: 'DELETE' });
    expect(calls[0].headers['X-CSRF-Token']).toBeUndefined();
    expect(calls[1].headers['X-CSRF-Token']).toBe('token-1');
    expect(calls[2].headers['X-CSRF-Token']).toBe('token-1');
    expect(calls.every((c) => !('Authorization' in c.headers))).toBe(true);
    expect(calls[1].headers['Content-Type']).toBe('application/json');
    expect(calls[1].body).toEqual({ a: 1 });
  });

  it('asks for answers in the reader\'s language', async () => {
    const calls = mockFetch({ 'GET /api/v1/x': { ok: true } });
    setLanguageSource(() => 'en');
    await api('/api/v1/x');
    expect(calls[0].headers['Accept-Language']).toBe('en');
  });

  it('turns a problem into an error with its code and its messages per field', async () => {
    mockFetch({
      'POST /api/v1/forms/f/applications': json(
        {
          type: 'https://madoguchi.org/problems/answers-rejected',
          title: '回答に誤りがあります',
          status: 422,
          errors: [
            { field: 'answers.name', code: 'answer-required', message: '入力してください' },
            { field: 'answers.name', code: 'too-long', message: '50文字以内で入力してください' },
            { field: 'answers.email', code: 'answer-email', message: 'メールアドレスの形式ではありません' },
          ],
        },
        422,
      ),
    });
    const failure = await api('/api/v1/forms/f/applications', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    const error = failure as ApiError;
    expect(error.status).toBe(422);
    expect(error.code).toBe('answers-rejected');
    expect(error.fieldErrors).toEqual({
      'answers.name': ['入力してください', '50文字以内で入力してください'],
      'answers.email': ['メールアドレスの形式ではありません'],
    });
  });

  it('renews a refused CSRF token once from the session and sends the request again', async () => {
    let posts = 0;
    const calls = mockFetch({
      'POST /api/v1/x': () => {
        posts += 1;
        return posts === 1
          ? json({ type: 'https://madoguchi.org/problems/csrf-token-invalid', title: 'CSRF', status: 403 }, 403)
          : json({ ok: true });
      },
    });
    setCsrfToken('stale');
    setSessionHooks({
      renew: async () => {
        setCsrfToken('fresh');
        return 'fresh';
      },
      ended: () => undefined,
    });
    const { data } = await api<{ ok: boolean }>('/api/v1/x', { method: 'POST', body: {} });
    expect(data.ok).toBe(true);
    expect(calls.map((c) => c.headers['X-CSRF-Token'])).toEqual(['stale', 'fresh']);
  });

  it('sends a file as its raw bytes with its own type', async () => {
    const calls = mockFetch({ 'POST /api/v1/forms/f/attachments': json({ id: 'a1' }, 201) });
    const file = new File(['%PDF-1.4'], 'scan.pdf', { type: 'application/pdf' });
    await api('/api/v1/forms/f/attachments?field=doc', { method: 'POST', body: file });
    expect(calls[0].body).toBe(file);
    expect(calls[0].headers['Content-Type']).toBe('application/pdf');
  });

  it('gives the ETag of an answer with its body', async () => {
    mockFetch({ 'GET /api/v1/applications/a': json({ id: 'a' }, 200, { ETag: '"3"' }) });
    const response = await api('/api/v1/applications/a');
    expect(response.etag).toBe('"3"');
  });
});
