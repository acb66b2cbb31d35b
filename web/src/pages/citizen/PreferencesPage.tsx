import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client';
import type { Channel, Preferences } from '../../api/types';
import { Button } from '../../components/Button';
import { ActionError, Loading, LoadError, Notice } from '../../components/Feedback';
import { ErrorSummary, SelectField, TextField } from '../../components/Form';
import { DataTable, PageTitle, Section, td, th } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { useI18n } from '../../i18n/I18n';
import { kindLabel } from '../../i18n/labels';

const CHANNELS: Channel[] = ['INBOX', 'EMAIL', 'MESSAGING'];

/** 通知設定: the language, addresses, channels per kind of notification and the quiet hours of the signed-in person. */
export function PreferencesPage() {
  const { t, language } = useI18n();
  const loaded = useAsync((signal) => api<Preferences>('/api/v1/notifications/preferences', { signal }).then((r) => r.data), []);
  const [lang, setLang] = useState('');
  const [email, setEmail] = useState('');
  const [messagingId, setMessagingId] = useState('');
  const [channels, setChannels] = useState<Record<string, Channel[]>>({});
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [quietFrom, setQuietFrom] = useState('');
  const [quietUntil, setQuietUntil] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  const reset = (p: Preferences) => {
    setLang(p.language ?? '');
    setEmail(p.email ?? '');
    setMessagingId(p.messagingId ?? '');
    setChannels(Object.fromEntries(Object.keys(p.effective).map((kind) => [kind, p.chosen[kind] ?? p.effective[kind]])));
    setTouched(new Set(Object.keys(p.chosen)));
    setQuietFrom(p.quietHours?.from?.slice(0, 5) ?? '');
    setQuietUntil(p.quietHours?.until?.slice(0, 5) ?? '');
  };

  useEffect(() => {
    if (loaded.data) {
      reset(loaded.data);
    }
  }, [loaded.data]);

  const fieldErrors = failure instanceof ApiError ? failure.fieldErrors : {};
  const errorsOf = (prefix: string) =>
    Object.entries(fieldErrors)
      .filter(([field]) => field === prefix || field.startsWith(`${prefix}.`))
      .flatMap(([, messages]) => messages);
  const labels: Record<string, { id: string; label: string }> = {
    language: { id: 'pref-language', label: t('prefs.language') },
    email: { id: 'pref-email', label: t('prefs.email') },
    messagingId: { id: 'pref-messaging', label: t('prefs.messagingId') },
    quietHours: { id: 'pref-quiet-from', label: t('prefs.quietHours') },
    channels: { id: 'pref-channels', label: t('prefs.channels') },
  };
  const items = Object.entries(labels)
    .map(([field, { id, label }]) => ({ id, label, messages: errorsOf(field) }))
    .filter((item) => item.messages.length > 0);

  const toggle = (kind: string, channel: Channel, on: boolean) => {
    setChannels((c) => {
      const current = new Set(c[kind] ?? []);
      if (on) {
        current.add(channel);
      } else {
        current.delete(channel);
      }
      return { ...c, [kind]: CHANNELS.filter((x) => current.has(x)) };
    });
    setTouched((t0) => new Set(t0).add(kind));
  };

  const save = async () => {
    setFailure(null);
    setSaved(false);
    const chosen = Object.fromEntries([...touched].map((kind) => [kind, channels[kind] ?? []]));
    try {
      const { data } = await api<Preferences>('/api/v1/notifications/preferences', {
        method: 'PUT',
        body: {
          language: lang || null,
          email: email.trim() || null,
          messagingId: messagingId.trim() || null,
          channels: chosen,
          quietHours: quietFrom || quietUntil ? { from: quietFrom || null, until: quietUntil || null } : null,
        },
      });
      loaded.set(data);
      setSaved(true);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <>
      <PageTitle title={t('prefs.title')}>{t('prefs.title')}</PageTitle>
      {loaded.error ? <LoadError error={loaded.error} /> : null}
      {!loaded.data && loaded.loading ? <Loading /> : null}
      {loaded.data ? (
        <form
          noValidate
          className="mt-6 flex flex-col gap-6"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {items.length ? (
            <ErrorSummary
              title={(failure as ApiError).problem?.title ?? t('form.errorTitle')}
              detail={(failure as ApiError).problem?.detail}
              items={items}
            />
          ) : (
            <ActionError error={failure} />
          )}
          {saved ? <Notice kind="success" live="status" title={t('prefs.saved')} /> : null}
          <SelectField
            id="pref-language"
            label={t('prefs.language')}
            value={lang}
            showRequirement={false}
            errors={errorsOf('language')}
            onChange={(e) => setLang(e.target.value)}
          >
            <option value="">{t('prefs.languageDefault')}</option>
            <option value="ja" lang="ja">
              日本語
            </option>
            <option value="en" lang="en">
              English
            </option>
          </SelectField>
          <TextField
            id="pref-email"
            type="email"
            autoComplete="email"
            label={t('prefs.email')}
            hint={t('prefs.emailHint')}
            value={email}
            errors={errorsOf('email')}
            onChange={(e) => setEmail(e.target.value)}
          />
          <TextField
            id="pref-messaging"
            label={t('prefs.messagingId')}
            hint={t('prefs.messagingHint')}
            value={messagingId}
            errors={errorsOf('messagingId')}
            onChange={(e) => setMessagingId(e.target.value)}
          />
          <fieldset className="flex flex-col gap-2" aria-describedby="pref-quiet-hint">
            <legend className="text-std-17B-170">{t('prefs.quietHours')}</legend>
            <p id="pref-quiet-hint" className="text-std-16N-170 text-solid-gray-700">
              {t('prefs.quietHint')}
            </p>
            <div className="flex flex-wrap gap-4">
              <TextField
                id="pref-quiet-from"
                type="time"
                label={t('prefs.quietFrom')}
                showRequirement={false}
                value={quietFrom}
                errors={errorsOf('quietHours.from')}
                onChange={(e) => setQuietFrom(e.target.value)}
              />
              <TextField
                id="pref-quiet-until"
                type="time"
                label={t('prefs.quietUntil')}
                showRequirement={false}
                value={quietUntil}
                errors={errorsOf('quietHours.until')}
                onChange={(e) => setQuietUntil(e.target.value)}
              />
            </div>
          </fieldset>
          <Section title={t('prefs.channels')} id="pref-channels-section">
            <p id="pref-channels" tabIndex={-1} className="mb-2 text-std-16N-170">
              {t('prefs.channelsHint')}
            </p>
            <DataTable caption={t('prefs.channelsCaption')} id="channels">
              <thead>
                <tr>
                  <th scope="col" className={th}>{t('prefs.kind')}</th>
                  {CHANNELS.map((channel) => (
                    <th key={channel} scope="col" className={th}>
                      {t(`channel.${channel}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Object.keys(channels).map((kind) => (
                  <tr key={kind}>
                    <th scope="row" className={`${td} font-normal`}>
                      {kindLabel(kind, language)}
                    </th>
                    {CHANNELS.map((channel) => {
                      const id = `ch-${kind}-${channel}`;
                      const inbox = channel === 'INBOX';
                      return (
                        <td key={channel} className={td}>
                          <input
                            id={id}
                            type="checkbox"
                            className="size-6 accent-blue-900"
                            checked={inbox || (channels[kind] ?? []).includes(channel)}
                            disabled={inbox}
                            aria-label={t('prefs.channelFor', { kind: kindLabel(kind, language), channel: t(`channel.${channel}`) })}
                            onChange={(e) => toggle(kind, channel, e.target.checked)}
                          />
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </DataTable>
            <p className="mt-2 text-dns-14N-130 text-solid-gray-700">{t('prefs.inboxAlways')}</p>
          </Section>
          <div className="flex flex-wrap gap-3">
            <Button type="submit">{t('prefs.save')}</Button>
            <Button variant="tertiary" onClick={() => loaded.data && reset(loaded.data)}>
              {t('prefs.reset')}
            </Button>
          </div>
        </form>
      ) : null}
    </>
  );
}
