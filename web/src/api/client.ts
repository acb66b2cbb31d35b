/**
 * The one way the pages reach the gateway: same-origin fetch with the session cookie (never a token: the gateway
 * keeps the tokens and adds them), the CSRF token of the session on unsafe methods, the reader's language, and
 * RFC 9457 problem details turned into an {@link ApiError} with its field errors.
 */

import type { Language } from '../i18n/messages';

/** One field error of a problem: {@code field} is the JSON path of the offending value (answers.name, lines[7].kana). */
export interface FieldProblem {
  field: string;
  code?: string;
  message?: string;
}

/** An RFC 9457 problem as the services write it. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** The problem's code, the last segment of its type (reservation-overlaps), or null. */
  get code(): string | null {
    const type = this.problem?.type;
    if (!type) {
      return null;
    }
    const segments = type.split('/');
    return segments[segments.length - 1] || null;
  }

  /** The field errors, by the field's path; each path may carry several messages. */
  get fieldErrors(): Record<string, string[]> {
    const byField: Record<string, string[]> = {};
    for (const error of this.problem?.errors ?? []) {
      const message = error.message ?? error.code ?? '';
      (byField[error.field] ??= []).push(message);
    }
    return byField;
  }
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  etag: string | null;
  headers: Headers;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A JSON value, or raw bytes (a File or Blob is sent as it is, with its own type). */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  accept?: string;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | null = null;
let languageSource: () => Language = () => 'ja';
let renewSession: (() => Promise<string | null>) | null = null;
let signedOut: (() => void) | null = null;

/** The CSRF token of the current session (from /auth/session), sent on every unsafe method. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setLanguageSource(source: () => Language): void {
  languageSource = source;
}

/**
 * How the client renews the session's CSRF token once when the gateway refuses one (the session changed in
 * another tab), and whom it tells when the gateway says the session ended.
 */
export function setSessionHooks(hooks: { renew: () => Promise<string | null>; ended: () => void } | null): void {
  renewSession = hooks?.renew ?? null;
  signedOut = hooks?.ended ?? null;
}

function isRaw(body: unknown): body is Blob | ArrayBuffer {
  return (typeof Blob !== 'undefined' && body instanceof Blob) || body instanceof ArrayBuffer;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: options.accept ?? 'application/json, application/problem+json',
    'Accept-Language': languageSource(),
    ...options.headers,
  };
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    if (isRaw(options.body)) {
      body = options.body;
      if (!headers['Content-Type'] && options.body instanceof Blob && options.body.type) {
        headers['Content-Type'] = options.body.type;
      }
    } else {
      body = JSON.stringify(options.body);
      headers['Content-Type'] = 'application/json';
    }
  }
  if (UNSAFE.has(method) && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  return fetch(path, { method, headers, body, signal: options.signal, credentials: 'same-origin' });
}

async function problemOf(response: Response): Promise<Problem | null> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) {
    return null;
  }
  try {
    return (await response.json()) as Problem;
  } catch {
    return null;
  }
}

/** Calls the API; resolves with the body (JSON parsed, else text) or rejects with an {@link ApiError}. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  let response = await send(path, options);
  if (response.status === 403 && UNSAFE.has(options.method ?? 'GET') && renewSession) {
    const problem = await problemOf(response.clone());
    if (problem?.type?.endsWith('/csrf-token-invalid')) {
      const renewed = await renewSession();
      if (renewed) {
        response = await send(path, options);
      }
    }
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    if (response.status === 401 && signedOut) {
      signedOut();
    }
    throw new ApiError(response.status, problem);
  }
  const type = response.headers.get('Content-Type') ?? '';
  let data: unknown = null;
  if (response.status !== 204) {
    data = type.includes('json') ? await response.json() : await response.text();
  }
  return { data: data as T, status: response.status, etag: response.headers.get('ETag'), headers: response.headers };
}

/** A GET's body only. */
export async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await api<T>(path, { signal })).data;
}

/** A query string of the given parameters, skipping empty ones; arrays repeat their name. */
export function query(params: Record<string, string | number | boolean | null | undefined | string[]>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) {
      value.forEach((v) => search.append(name, v));
    } else if (value !== null && value !== undefined && value !== '') {
      search.append(name, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
