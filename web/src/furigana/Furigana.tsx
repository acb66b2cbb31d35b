import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api } from '../api/client';

/** A piece of a text; {@code reading} (hiragana) only where the piece holds kanji. */
export interface Segment {
  text: string;
  reading?: string | null;
}

interface ReadingsResponse {
  items: { text: string; segments: Segment[] }[];
}

/** Where the reader's choice to see readings is kept: a preference, never a credential. */
export const FURIGANA_STORAGE_KEY = 'madoguchi.furigana';

/** The API's limits: at most this many texts per request, each at most this long. */
const MAX_ITEMS = 200;
const MAX_LENGTH = 500;
const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3006\u30f6]/u;

type Entry = Segment[] | 'pending' | 'failed';

interface FuriganaContextValue {
  enabled: boolean;
  version: number;
  setEnabled(enabled: boolean): void;
  segments(text: string, reading?: string | null): Entry | undefined;
}

const FuriganaContext = createContext<FuriganaContextValue | null>(null);

const keyOf = (text: string, reading?: string | null) => `${text}\u0000${reading ?? ''}`;

function storedChoice(): boolean {
  try {
    return window.localStorage.getItem(FURIGANA_STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

/**
 * Asks procedures-service for the readings of the texts on the page (POST /api/v1/readings), in batches, once per
 * text: the registry's stored よみがな where the page has one, Kuromoji's reading elsewhere.
 */
export function FuriganaProvider({ children }: { children: ReactNode }) {
  const [enabled, setEnabledState] = useState(storedChoice);
  const [version, setVersion] = useState(0);
  const cache = useRef(new Map<string, Entry>());
  const queue = useRef(new Map<string, { text: string; reading?: string }>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async () => {
    timer.current = null;
    const batch = [...queue.current.entries()].slice(0, MAX_ITEMS);
    batch.forEach(([key]) => queue.current.delete(key));
    if (queue.current.size > 0) {
      timer.current = setTimeout(() => void flush(), 0);
    }
    if (batch.length === 0) {
      return;
    }
    try {
      const { data } = await api<ReadingsResponse>('/api/v1/readings', {
        method: 'POST',
        body: { items: batch.map(([, item]) => item) },
      });
      batch.forEach(([key], index) => cache.current.set(key, data.items[index]?.segments ?? 'failed'));
    } catch {
      batch.forEach(([key]) => cache.current.set(key, 'failed'));
    }
    setVersion((v) => v + 1);
  }, []);

  const segments = useCallback(
    (text: string, reading?: string | null): Entry | undefined => {
      const key = keyOf(text, reading);
      const known = cache.current.get(key);
      if (known !== undefined) {
        return known;
      }
      cache.current.set(key, 'pending');
      queue.current.set(key, reading ? { text, reading } : { text });
      timer.current ??= setTimeout(() => void flush(), 10);
      return 'pending';
    },
    [flush],
  );

  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
      }
    },
    [],
  );

  const setEnabled = useCallback((next: boolean) => {
    setEnabledState(next);
    try {
      window.localStorage.setItem(FURIGANA_STORAGE_KEY, next ? 'on' : 'off');
    } catch {
      // the switch still works for this page
    }
  }, []);

  // a new value once readings arrive, so that every text waiting for them renders again
  const value = useMemo(() => ({ enabled, setEnabled, segments, version }), [enabled, setEnabled, segments, version]);
  return <FuriganaContext.Provider value={value}>{children}</FuriganaContext.Provider>;
}

export function useFurigana(): FuriganaContextValue {
  const context = useContext(FuriganaContext);
  if (!context) {
    throw new Error('useFurigana outside FuriganaProvider');
  }
  return context;
}

/** Segments as ruby: each piece with a reading as <ruby>漢字<rt>かんじ</rt></ruby>, the rest as plain text. */
export function RubyText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.reading ? (
          <ruby key={index}>
            {segment.text}
            <rp>(</rp>
            <rt>{segment.reading}</rt>
            <rp>)</rp>
          </ruby>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}

/**
 * A text of a citizen page (a procedure's name, a form's title, a field's label) that shows its readings over the
 * kanji while the furigana switch is on. {@code reading} is the registry's stored よみがな of the whole text, if any.
 */
export function Furigana({ text, reading }: { text: string; reading?: string | null }) {
  const { enabled, segments } = useFurigana();
  if (!enabled || !text || text.length > MAX_LENGTH || !KANJI.test(text)) {
    return <>{text}</>;
  }
  const entry = segments(text, reading);
  if (!Array.isArray(entry)) {
    return <>{text}</>;
  }
  return <RubyText segments={entry} />;
}
