import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18n';
import { json, mockFetch } from '../test/render';
import { Furigana, FuriganaProvider, RubyText, useFurigana } from './Furigana';

function Switch() {
  const { enabled, setEnabled } = useFurigana();
  return (
    <button type="button" aria-pressed={enabled} onClick={() => setEnabled(!enabled)}>
      ふりがな
    </button>
  );
}

describe('furigana', () => {
  it('renders segments with readings as ruby and the rest as plain text', () => {
    const { container } = render(
      <RubyText segments={[{ text: '妊娠', reading: 'にんしん' }, { text: '届', reading: 'とどけ' }, { text: 'の様式' }]} />,
    );
    const rubies = container.querySelectorAll('ruby');
    expect(rubies).toHaveLength(2);
    expect(rubies[0].querySelector('rt')?.textContent).toBe('にんしん');
    expect(rubies[1].firstChild?.textContent).toBe('届');
    expect(container.textContent).toBe('妊娠(にんしん)届(とどけ)の様式');
  });

  it('asks the readings API once the switch is on, passing the stored reading, and shows them over the kanji', async () => {
    const user = userEvent.setup();
    const calls = mockFetch({
      'POST /api/v1/readings': json({
        items: [
          { text: '妊娠届', segments: [{ text: '妊娠', reading: 'にんしん' }, { text: '届', reading: 'とどけ' }] },
          { text: '氏名', segments: [{ text: '氏名', reading: 'しめい' }] },
        ],
      }),
    });
    const { container } = render(
      <I18nProvider initial="ja">
        <FuriganaProvider>
          <Switch />
          <h1>
            <Furigana text="妊娠届" reading="にんしんとどけ" />
          </h1>
          <Furigana text="氏名" />
          <Furigana text="ABC" />
        </FuriganaProvider>
      </I18nProvider>,
    );
    expect(container.querySelector('ruby')).toBeNull();
    expect(calls).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'ふりがな' }));
    await waitFor(() => expect(container.querySelectorAll('rt')).toHaveLength(3));
    expect(calls).toHaveLength(1);
    expect(calls[0].body).toEqual({ items: [{ text: '妊娠届', reading: 'にんしんとどけ' }, { text: '氏名' }] });
    expect(screen.getByRole('heading').textContent).toBe('妊娠(にんしん)届(とどけ)');
    expect(window.localStorage.getItem('madoguchi.furigana')).toBe('on');

    await user.click(screen.getByRole('button', { name: 'ふりがな' }));
    expect(container.querySelector('ruby')).toBeNull();
  });

  it('shows the plain text when the readings cannot be had', async () => {
    const user = userEvent.setup();
    mockFetch({ 'POST /api/v1/readings': json({ title: 'down', status: 503 }, 503) });
    render(
      <I18nProvider initial="ja">
        <FuriganaProvider>
          <Switch />
          <p data-testid="label">
            <Furigana text="住所" />
          </p>
        </FuriganaProvider>
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'ふりがな' }));
    await waitFor(() => expect(screen.getByTestId('label').textContent).toBe('住所'));
  });
});
