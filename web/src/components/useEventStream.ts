import { useEffect, useRef, useState } from 'react';

export type StreamState = 'connecting' | 'open' | 'closed';

/**
 * Follows a Server-Sent Events stream of the gateway (the session cookie goes with it: same origin, GET, no CSRF).
 * After a break it opens the stream again after a pause, from the URL {@code urlFor} gives then (so that the
 * reader resumes after the last item seen).
 */
export function useEventStream(
  urlFor: () => string | null,
  onEvent: (type: string, data: string, lastEventId: string) => void,
  options: { events?: string[]; retryMs?: number; enabled?: boolean } = {},
): StreamState {
  const [state, setState] = useState<StreamState>('connecting');
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const url = useRef(urlFor);
  url.current = urlFor;
  const { events = [], retryMs = 3000, enabled = true } = options;
  const eventNames = events.join(',');

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') {
      setState('closed');
      return;
    }
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let stopped = false;

    const open = () => {
      const target = url.current();
      if (!target || stopped) {
        return;
      }
      setState('connecting');
      source = new EventSource(target);
      source.onopen = () => setState('open');
      const deliver = (event: MessageEvent) => handler.current(event.type, String(event.data), event.lastEventId);
      source.onmessage = deliver;
      eventNames
        .split(',')
        .filter(Boolean)
        .forEach((name) => source?.addEventListener(name, deliver as EventListener));
      source.onerror = () => {
        source?.close();
        source = null;
        setState('closed');
        if (!stopped) {
          timer = setTimeout(open, retryMs);
        }
      };
    };
    open();
    return () => {
      stopped = true;
      if (timer) {
        clearTimeout(timer);
      }
      source?.close();
    };
  }, [enabled, eventNames, retryMs]);

  return state;
}
