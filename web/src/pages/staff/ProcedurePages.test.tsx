import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProcedureHistoryEntry, SearchPage, StaffProcedure } from '../../api/types';
import type { SessionState } from '../../session/Session';
import { json, mockFetch, renderPage, staff } from '../../test/render';
import { ProcedureEditorPage } from './ProcedureEditorPage';
import { ProceduresPage } from './ProceduresPage';

const departments = [
  { code: 'kenko-kosodate', name: '健康・子育て推進課', nameEn: 'Health and Child-rearing Division' },
  { code: 'joho-seisaku', name: '情報政策課', nameEn: 'Information Policy Division' },
];

const admin: SessionState = {
  authenticated: true,
  subject: 'sub-procadmin1',
  username: 'procadmin1',
  name: '情報 太郎',
  roles: ['staff', 'procedure-admin'],
  department: 'joho-seisaku',
  managedSite: null,
  locale: 'ja',
  csrfToken: 'csrf-admin',
};

const kenko = { code: 'kenko-kosodate', name: '健康・子育て推進課', nameEn: 'Health and Child-rearing Division' };

const hits: SearchPage = {
  total: 2,
  page: 0,
  size: 50,
  items: [
    { id: 'p1', code: 'R4-KENKO-01', name: '妊娠届', kana: 'にんしんとどけ', category: '届出', department: kenko, status: 'COMPLETED', statusLabel: { ja: '完了', en: 'Completed' }, score: 1 },
    { id: 'p2', code: 'R4-KENKO-06', name: '健康診査受診票再交付申請', kana: 'けんこうしんさ', category: '申請', department: kenko, status: 'PLANNED', statusLabel: { ja: '計画', en: 'Planned' }, score: 1 },
  ],
};

const procedure: StaffProcedure = {
  id: 'p2',
  code: 'R4-KENKO-06',
  name: '健康診査受診票再交付申請',
  kana: 'けんこうしんさじゅしんひょうさいこうふしんせい',
  department: kenko,
  category: '申請',
  description: '受診票を再交付します。',
  legalBasis: null,
  sealReview: { sealRequired: true, paperRequired: false, inPersonRequired: false, outcome: 'ABOLISHED', outcomeLabel: { ja: '廃止', en: 'Abolished' }, keptReason: null },
  status: {
    kind: 'PLANNED',
    label: { ja: '計画', en: 'Planned' },
    online: false,
    fiscalYear: { year: 2026, era: '令和8年度', eraEn: 'Reiwa 8', gregorian: 'FY2026', firstDay: '2026-04-01', lastDay: '2027-03-31' },
    completedOn: null,
    formId: null,
    reason: null,
    reasonLabel: null,
    note: null,
    abolishedOn: null,
  },
  forms: [],
  version: 3,
};

const history: ProcedureHistoryEntry[] = [
  { kind: 'REGISTERED', at: '2026-04-01T00:30:00Z', bySubject: 's-admin', byName: 'procadmin1', changedFields: [], status: { ...procedure.status, kind: 'NOT_PLANNED', label: { ja: '未計画', en: 'Not planned' }, fiscalYear: null }, effectiveOn: null, version: 1 },
  { kind: 'STATUS_CHANGED', at: '2026-05-10T06:00:00Z', bySubject: 's-staff1', byName: 'staff1', changedFields: [], status: procedure.status, effectiveOn: '2026-05-10', version: 2 },
  { kind: 'EDITED', at: '2026-12-01T01:00:00Z', bySubject: 's-staff1', byName: 'staff1', changedFields: ['description', 'sealReview'], status: null, effectiveOn: null, version: 3 },
];

const stale = {
  type: 'https://madoguchi.org/problems/stale-version',
  title: '内容が更新されています',
  status: 412,
  detail: '他の職員が内容を更新しました。最新の内容を読み込んでからもう一度お試しください。',
};

function editorHandlers(overrides: Record<string, unknown> = {}) {
  return {
    'GET /auth/session': staff,
    'GET /api/v1/departments': departments,
    'GET /api/v1/procedures/p2': () => json(procedure, 200, { ETag: '"3"' }),
    'GET /api/v1/procedures/p2/history': history,
    ...overrides,
  };
}

const openEditor = () => renderPage(<ProcedureEditorPage />, { path: '/staff/procedures/:id', route: '/staff/procedures/p2' });

describe('the procedures of a department', () => {
  it('lists the staff member\'s own department\'s procedures with their online status, a link to each and registration', async () => {
    const calls = mockFetch({ 'GET /auth/session': staff, 'GET /api/v1/departments': departments, 'GET /api/v1/procedures': hits });
    renderPage(<ProceduresPage />, { path: '/staff/procedures', route: '/staff/procedures' });
    const table = await screen.findByRole('table', { name: /手続きの一覧/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['妊娠届', 'R4-KENKO-01', '届出', '健康・子育て推進課', '完了'],
      ['健康診査受診票再交付申請', 'R4-KENKO-06', '申請', '健康・子育て推進課', '計画'],
    ]);
    expect(within(table).getByRole('link', { name: '妊娠届' })).toHaveAttribute('href', '/staff/procedures/p1');
    expect(screen.getByRole('status')).toHaveTextContent('2 件の手続き');
    expect(screen.getByRole('link', { name: '手続きを登録' })).toHaveAttribute('href', '/staff/procedures/new');
    expect(screen.queryByLabelText(/^担当課/)).not.toBeInTheDocument();
    const listed = calls.filter((c) => c.url.startsWith('/api/v1/procedures'));
    expect(new URL(listed[0].url, 'http://x').searchParams.get('department')).toBe('kenko-kosodate');
  });

  it('lets a procedure administrator search any department with the department filter', async () => {
    const user = userEvent.setup();
    const calls = mockFetch({ 'GET /auth/session': admin, 'GET /api/v1/departments': departments, 'GET /api/v1/procedures': hits });
    renderPage(<ProceduresPage />, { path: '/staff/procedures', route: '/staff/procedures' });
    await screen.findByRole('table', { name: /手続きの一覧/ });
    const listed = () => calls.filter((c) => c.url.startsWith('/api/v1/procedures')).map((c) => new URL(c.url, 'http://x').searchParams);
    expect(listed()[0].get('department')).toBeNull();
    await user.selectOptions(await screen.findByLabelText(/^担当課/), '健康・子育て推進課');
    await user.type(screen.getByRole('searchbox', { name: /キーワード/ }), 'にんしん');
    await user.click(screen.getByRole('button', { name: '検索する' }));
    await waitFor(() => expect(listed()).toHaveLength(2));
    expect(listed()[1].get('department')).toBe('kenko-kosodate');
    expect(listed()[1].get('q')).toBe('にんしん');
  });
});

describe('the procedure editor', () => {
  it('saves the details with If-Match of the ETag it read, and shows the new history', async () => {
    const user = userEvent.setup();
    const calls = mockFetch(editorHandlers({
      'PUT /api/v1/procedures/p2': () => json({ ...procedure, description: '受診票を再交付します（郵送可）。', version: 4 }, 200, { ETag: '"4"' }),
    }));
    openEditor();
    const description = await screen.findByRole('textbox', { name: /^説明/ });
    await user.clear(description);
    await user.type(description, '受診票を再交付します（郵送可）。');
    await user.click(screen.getByRole('button', { name: '保存する' }));
    expect(await screen.findByText('保存しました。')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.url).toBe('/api/v1/procedures/p2');
    expect(put.headers['If-Match']).toBe('"3"');
    expect(put.headers['X-CSRF-Token']).toBe('csrf-staff');
    expect(put.body).toEqual({
      name: '健康診査受診票再交付申請',
      kana: 'けんこうしんさじゅしんひょうさいこうふしんせい',
      departmentCode: 'kenko-kosodate',
      category: '申請',
      description: '受診票を再交付します（郵送可）。',
      legalBasis: null,
      sealReview: { sealRequired: true, paperRequired: false, inPersonRequired: false, outcome: 'ABOLISHED', keptReason: null },
    });
    await waitFor(() => expect(calls.filter((c) => c.url === '/api/v1/procedures/p2/history')).toHaveLength(2));
    // the next save sends the new ETag
    await user.click(screen.getByRole('button', { name: '保存する' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'PUT')[1].headers['If-Match']).toBe('"4"');
  });

  it('shows a field error of the server beside its field and in the summary at the top', async () => {
    const user = userEvent.setup();
    mockFetch(editorHandlers({
      'PUT /api/v1/procedures/p2': json({
        type: 'https://madoguchi.org/problems/invalid-input',
        title: '入力内容に誤りがあります',
        status: 422,
        errors: [{ field: 'kana', code: 'kana-only', message: 'ひらがな又はカタカナで入力してください。' }],
      }, 422),
    }));
    openEditor();
    const kana = await screen.findByRole('textbox', { name: /^よみがな/ });
    await user.clear(kana);
    await user.type(kana, 'Kenko');
    await user.click(screen.getByRole('button', { name: '保存する' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: '入力内容に誤りがあります' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'よみがな: ひらがな又はカタカナで入力してください。' })).toHaveAttribute('href', '#proc-kana');
    expect(kana).toHaveAttribute('aria-invalid', 'true');
    expect(kana.getAttribute('aria-describedby')).toContain('proc-kana-error');
    expect(document.getElementById('proc-kana-error')).toHaveTextContent('ひらがな又はカタカナで入力してください。');
    expect(screen.getByRole('textbox', { name: /^手続き名/ })).not.toHaveAttribute('aria-invalid');
  });

  it('says plainly when someone else changed the procedure meanwhile (412) and reloads the latest version', async () => {
    const user = userEvent.setup();
    let reads = 0;
    const calls = mockFetch(editorHandlers({
      'GET /api/v1/procedures/p2': () => {
        reads += 1;
        return reads === 1
          ? json(procedure, 200, { ETag: '"3"' })
          : json({ ...procedure, description: '別の職員の説明', version: 4 }, 200, { ETag: '"4"' });
      },
      'PUT /api/v1/procedures/p2': json(stale, 412),
    }));
    openEditor();
    const description = await screen.findByRole('textbox', { name: /^説明/ });
    await user.type(description, '追記');
    await user.click(screen.getByRole('button', { name: '保存する' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('他の職員がこの手続きを変更しました');
    expect(alert).toHaveTextContent('最新の内容を読み込んでから、もう一度変更してください');
    expect(alert).toHaveFocus();
    await user.click(within(alert).getByRole('button', { name: '最新の内容を読み込む' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^説明/ })).toHaveValue('別の職員の説明'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '保存する' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'PUT')[1].headers['If-Match']).toBe('"4"');
  });

  it('sends a revision with its reason and note, If-Match, and only the fields a revision takes', async () => {
    const user = userEvent.setup();
    const revised = {
      ...procedure,
      status: { ...procedure.status, kind: 'REVISED' as const, label: { ja: '対応見直し', en: 'Revised' }, reason: 'OTHER' as const, reasonLabel: { ja: 'その他', en: 'Other' }, note: '国のシステムで対応' },
      version: 4,
    };
    const calls = mockFetch(editorHandlers({ 'POST /api/v1/procedures/p2/status': () => json(revised, 200, { ETag: '"4"' }) }));
    openEditor();
    const status = await screen.findByRole('combobox', { name: /^新しい状況/ });
    expect(within(status).getAllByRole('option').map((o) => o.textContent)).toEqual(['計画', '完了', '対応見直し', '廃止']);
    await user.selectOptions(status, '対応見直し');
    await user.selectOptions(screen.getByRole('combobox', { name: /^見直しの理由/ }), 'その他');
    expect(screen.getByRole('textbox', { name: /^備考/ })).toHaveAttribute('aria-required', 'true');
    await user.type(screen.getByRole('textbox', { name: /^備考/ }), '国のシステムで対応');
    await user.click(screen.getByRole('button', { name: '状況を変更する' }));
    expect(await screen.findByText('状況を「対応見直し」に変更しました。')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url).toBe('/api/v1/procedures/p2/status');
    expect(post.headers['If-Match']).toBe('"3"');
    expect(post.body).toEqual({ status: 'REVISED', reason: 'OTHER', note: '国のシステムで対応' });
  });

  it('shows the fiscal year of a plan with its era as it is typed', async () => {
    const user = userEvent.setup();
    mockFetch(editorHandlers());
    openEditor();
    await screen.findByRole('combobox', { name: /^新しい状況/ });
    // planned for 2026 already: a new plan can only be later, so the next year is proposed
    expect(screen.getByRole('textbox', { name: /^計画年度/ })).toHaveValue('2027');
    expect(screen.getByTestId('fiscal-year-era')).toHaveTextContent('令和9年度 (2027年度)');
    await user.clear(screen.getByRole('textbox', { name: /^計画年度/ }));
    await user.type(screen.getByRole('textbox', { name: /^計画年度/ }), '2030');
    expect(screen.getByTestId('fiscal-year-era')).toHaveTextContent('令和12年度 (2030年度)');
    expect(screen.getByText(/計画年度：令和8年度 \(2026年度\)/, { selector: 'dd span' })).toBeInTheDocument();
  });

  it('shows the history newest first: who, when with the era date, which fields, and the status', async () => {
    mockFetch(editorHandlers());
    openEditor();
    const table = await screen.findByRole('table', { name: '変更履歴（3 件、新しい順）' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['令和8年12月1日 (2026-12-01) 10:00', 'staff1', '内容の変更：説明、押印・書面・対面の見直し版 3', ''],
      ['令和8年5月10日 (2026-05-10) 15:00', 'staff1', '状況の変更版 2', '計画計画年度：令和8年度 (2026年度)令和8年5月10日 (2026-05-10)から'],
      ['令和8年4月1日 (2026-04-01) 9:30', 'procadmin1', '登録版 1', '未計画'],
    ]);
  });

  it('lets staff of another department read a procedure but not change it', async () => {
    mockFetch(editorHandlers({ 'GET /auth/session': { ...staff, department: 'choju-shakai' } }));
    openEditor();
    expect(await screen.findByText(/変更できるのは担当課の職員と手続きの管理者/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存する' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /^新しい状況/ })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^説明/ })).toBeDisabled();
  });
});
