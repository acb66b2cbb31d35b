import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { callAs, checkPage, expectNoTokenInPage, publishForm, signIn, signOut, tokyoDay, uniqueCode } from './support';

/**
 * The staff console, each role through Keycloak's login page: the department inbox and its workflow, the booking
 * week grid with a clash shown with the winning booking's time, the desk's approvals, hand-over and return
 * checklists and incidents, disaster mode for 情報政策課, the progress report's chart and the form editor.
 */
test.describe.configure({ mode: 'serial' });

async function as(browser: Browser, username: string, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username, path);
  return page;
}

interface Device {
  id: string;
  label: string;
  status: string;
}

test('the department works an application through its inbox, with filters, due dates and workflow steps', async ({ browser, request }) => {
  const form = await publishForm(request, { name: '妊娠届出（職員）', kana: 'にんしんとどけでしょくいん', title: '妊娠届出書（職員）', anonymous: false });
  const page = await as(browser, 'staff1', '/staff/inbox');
  await expect(page.getByRole('heading', { level: 1, name: '受付一覧' })).toBeVisible();
  await page.getByLabel('様式').selectOption({ label: form.title });
  await page.getByRole('checkbox', { name: '申請済' }).check();
  await page.getByRole('button', { name: '絞り込む' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 件' })).toBeVisible();
  await checkPage(page, 'staff-01-inbox');

  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: '処理' })).toBeVisible();
  await checkPage(page, 'staff-02-application');
  await page.getByRole('button', { name: '受付' }).click();
  await expect(page.getByRole('status').filter({ hasText: '「受付」を行いました。' })).toBeVisible();
  await page.getByRole('button', { name: '審査開始' }).click();
  await expect(page.getByRole('status').filter({ hasText: '「審査開始」を行いました。' })).toBeVisible();
  await expect(page.getByRole('button', { name: '差戻し' })).toBeDisabled();
  await page.getByLabel('コメント').fill('添付の写しが不鮮明です（サンプル）。');
  await expect(page.getByRole('button', { name: '差戻し' })).toBeEnabled();
  await page.getByRole('button', { name: '完了' }).click();
  await expect(page.getByText('完了').first()).toBeVisible();
  await expectNoTokenInPage(page);
  await page.context().close();
});

test('a booking that clashes shows the winning booking\'s time; a free slot of the grid books at once and is cancelled', async ({ browser, request }) => {
  const day = tokyoDay(14);
  const devices = await freeDevices(request, `${day}T00:00:00+09:00`, `${tokyoDay(22)}T00:00:00+09:00`);
  const device = devices[devices.length - 1];
  // another member of staff holds the device first, 10:00–11:00 in two weeks
  const winner = await callAs(request, 'staff-choju', 'POST', '/api/v1/lending/reservations', {
    deviceId: device.id,
    start: new Date(`${day}T10:00:00+09:00`).toISOString(),
    end: new Date(`${day}T11:00:00+09:00`).toISOString(),
    purpose: 'MEETING',
  });
  expect(winner.status).toBe(201);

  const page = await as(browser, 'staff1', `/staff/lending?site=honchosha&week=${mondayOf(day)}`);
  await expect(page.getByRole('table', { name: /本庁舎 の予約状況/ })).toBeVisible();
  await checkPage(page, 'staff-03-booking-grid');

  await page.getByLabel('端末').selectOption(device.id);
  await page.getByLabel(/開始日/).fill(day);
  await page.getByLabel(/開始時刻/).fill('10:30');
  await page.getByLabel(/終了日/).fill(day);
  await page.getByLabel(/終了時刻/).fill('11:30');
  await page.getByRole('button', { name: '予約する', exact: true }).click();
  const conflict = page.getByTestId('booking-conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict).toHaveAttribute('role', 'alert');
  await expect(conflict).toContainText(`${day} 10:00`);
  await expect(conflict).toContainText(`${day} 11:00`);
  await checkPage(page, 'staff-04-booking-conflict');

  // today's grid: a free slot fills the form, and the booking is made
  await page.goto('/staff/lending?site=honchosha');
  const slot = page.getByRole('button', { name: new RegExp(`^${device.label} ${tokyoDay(0)} .* の空きで予約する$`) }).first();
  if (await slot.count()) {
    await slot.click();
    await expect(page.getByLabel('端末')).toHaveValue(device.id);
  }
  await page.getByLabel('端末').selectOption(device.id);
  const later = tokyoDay(21);
  await page.getByLabel(/開始日/).fill(later);
  await page.getByLabel(/開始時刻/).fill('13:00');
  await page.getByLabel(/終了日/).fill(later);
  await page.getByLabel(/終了時刻/).fill('14:00');
  await page.getByRole('button', { name: '予約する', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '予約しました。' })).toBeVisible();
  const mine = page.getByRole('region', { name: '自分の予約' }).or(page.locator('#my-bookings-title').locator('..'));
  await expect(mine.getByRole('button', { name: /からの予約を取り消す/ }).first()).toBeVisible();
  await mine.getByRole('button', { name: /からの予約を取り消す/ }).first().click();
  await expect(page.getByRole('status').filter({ hasText: '予約を取り消しました。' })).toBeVisible();
  await page.context().close();
});

test('the desk of 国府 approves a booking that waits for it', async ({ browser, request }) => {
  const from = tokyoDay(10);
  const to = tokyoDay(12);
  const pending = await callAs<{ status: string }>(request, 'staff1', 'POST', '/api/v1/lending/reservations', {
    siteCode: 'kokufu',
    start: new Date(`${from}T09:00:00+09:00`).toISOString(),
    end: new Date(`${to}T17:00:00+09:00`).toISOString(),
    purpose: 'WORK_FROM_HOME',
    note: `在宅勤務（サンプル ${uniqueCode('W')}）`,
  });
  expect(pending.status).toBe(201);
  expect(pending.body.status).toBe('PENDING');
  const page = await as(browser, 'desk-kokufu', '/staff/lending?site=kokufu');
  const approvals = page.locator('#approvals-title').locator('..');
  await expect(approvals.getByRole('button', { name: '承認する' }).first()).toBeVisible();
  await checkPage(page, 'staff-05-approvals');
  await approvals.getByRole('button', { name: '承認する' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: '予約を承認しました。' })).toBeVisible();
  await page.context().close();
});

test('the desk hands a device over and takes it back with the checklists, and a missing item opens an incident with its report', async ({ browser, request }) => {
  const start = new Date(Date.now() + 2 * 60_000);
  const devices = await freeDevices(request, start.toISOString(), new Date(start.getTime() + 20 * 60_000).toISOString());
  const device = devices[0];
  const booked = await callAs<{ id: string; status: string }>(request, 'staff1', 'POST', '/api/v1/lending/reservations', {
    deviceId: device.id,
    start: start.toISOString(),
    end: new Date(start.getTime() + 20 * 60_000).toISOString(),
    purpose: 'FIELD_WORK',
  });
  expect(booked.status).toBe(201);

  const page = await as(browser, 'desk-honchosha', '/staff/desk');
  const item = page.getByRole('listitem').filter({ hasText: device.label }).first();
  await item.getByRole('button', { name: '貸出の手続き' }).click();
  // the notebook is left at the desk: its asset number and where it is kept are required
  await page.getByRole('textbox', { name: /資産番号/ }).fill('LG-2026-0042');
  await page.getByRole('textbox', { name: /保管場所/ }).fill('窓口キャビネットA');
  await page.getByRole('checkbox', { name: '消毒しました' }).check();
  await page.getByRole('checkbox', { name: '動作確認（約30分）をしました' }).check();
  for (const rule of ['モバイルPCにデータを保存しない', '歩きながら、または画面を見られる公共の場所で使用しない', '車内に放置しない', 'ソフトフォンで通話しない']) {
    await page.getByRole('checkbox', { name: rule }).check();
  }
  await checkPage(page, 'staff-06-hand-over');
  await page.getByRole('button', { name: '貸し出す' }).click();
  await expect(page.getByRole('status').filter({ hasText: '貸し出しました。' })).toBeVisible();

  const out = page.getByRole('listitem').filter({ hasText: device.label }).filter({ hasText: '貸出中' }).first();
  await out.getByRole('button', { name: '返却の手続き' }).click();
  // everything back but the wire lock
  for (const kit of ['モバイルPC本体', 'ケース', 'キーボード', '電源コード']) {
    const box = page.getByRole('checkbox', { name: kit, exact: true });
    if (await box.count()) {
      await box.check();
    }
  }
  await page.getByRole('checkbox', { name: '預かったLGWANノートPCを返しました' }).check();
  await page.getByRole('checkbox', { name: '持ち主が自分のノートPCであることを確認しました' }).check();
  await checkPage(page, 'staff-07-return');
  await page.getByRole('button', { name: '返却を受け付ける' }).click();
  await expect(page.getByRole('status').filter({ hasText: /返却を受け付けました/ })).toBeVisible();

  await page.getByRole('link', { name: '事故・顛末書' }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`付属品の不足.*${device.label}`) }).first()).toBeVisible();
  await checkPage(page, 'staff-08-incidents');
  await page.context().close();
});

test('情報政策課 declares disaster mode for a site, every staff page shows the banner, and lifts it', async ({ browser }) => {
  const page = await as(browser, 'infopolicy1', '/staff/disaster');
  await page.getByRole('checkbox', { name: '駅南庁舎' }).check();
  await page.getByLabel('理由').fill('大雨警報（訓練・サンプル）');
  await page.getByRole('button', { name: '発令の内容を確認する' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '本当に発令しますか' })).toBeVisible();
  await page.getByRole('button', { name: '発令する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '災害モードを発令しました' })).toBeVisible();
  const banner = page.getByRole('region', { name: '災害モード', exact: true });
  await page.getByRole('link', { name: 'モバイルPC予約' }).click();
  await expect(banner).toContainText('災害モード発令中：駅南庁舎');
  await checkPage(page, 'staff-09-disaster-banner');
  await page.getByRole('link', { name: '災害モード', exact: true }).first().click();
  await checkPage(page, 'staff-10-disaster');
  await page.getByRole('button', { name: '解除する' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: '災害モードを解除しました。' })).toBeVisible();
  await signOut(page);
  await page.context().close();
});

test('the fiscal year\'s progress report draws its chart beside the table', async ({ browser, request }) => {
  const year = fiscalYear();
  const registered = await callAs<{ id: string }>(request, 'procadmin1', 'POST', '/api/v1/procedures', {
    code: uniqueCode('PLAN'),
    name: '児童手当の現況届（計画・サンプル）',
    kana: 'じどうてあてのげんきょうとどけ',
    departmentCode: 'kenko-kosodate',
    category: '子育て',
    plannedFiscalYear: String(year),
  });
  expect(registered.status).toBe(201);
  const page = await as(browser, 'staff1', `/staff/reports?fy=${year}`);
  await expect(page.getByTestId('progress-chart')).toBeVisible();
  await expect(page.getByRole('table', { name: /オンライン化の進捗/ })).toContainText('健康・子育て推進課');
  await checkPage(page, 'staff-11-report');
  await page.context().close();
});

test('an editor drafts a form with the field editor, watches the live preview, and publishes it', async ({ browser }) => {
  const page = await as(browser, 'procadmin1', '/staff/forms/new');
  await page.getByLabel(/^種類/).selectOption('SURVEY');
  await page.getByLabel(/^担当課/).selectOption('kenko-kosodate');
  const title = `子育てひろば利用アンケート ${randomUUID().slice(0, 4)}`;
  await page.getByLabel(/^様式名/).first().fill(title);
  await page.getByRole('button', { name: '項目を追加' }).click();
  await page.getByLabel(/^キー/).fill('age');
  await page.getByLabel(/^種類/).nth(1).selectOption('SINGLE_CHOICE');
  await page.getByLabel(/^項目名/).first().fill('お子さんの年齢');
  await page.getByLabel(/^選択肢/).fill('0歳\n1〜2歳\n3歳以上');
  const preview = page.getByRole('complementary', { name: 'プレビュー' });
  await expect(preview.getByRole('group', { name: /お子さんの年齢/ })).toBeVisible();
  await expect(preview.getByRole('radio', { name: '1〜2歳' })).toBeVisible();
  await checkPage(page, 'staff-12-form-editor');
  await page.getByRole('button', { name: '下書きを作成' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  await page.getByRole('button', { name: '公開する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '公開しました。' })).toBeVisible();
  await page.getByRole('link', { name: '様式の編集' }).first().click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await checkPage(page, 'staff-13-forms');
  await page.context().close();
});

/** The devices of 本庁舎 free for the whole period, that no other test holds. */
async function freeDevices(request: APIRequestContext, from: string, to: string): Promise<Device[]> {
  const query = `from=${encodeURIComponent(new Date(from).toISOString())}&to=${encodeURIComponent(new Date(to).toISOString())}`;
  const free = await callAs<Device[]>(request, 'staff1', 'GET', `/api/v1/lending/sites/honchosha/availability?${query}`);
  expect(free.status).toBe(200);
  expect(free.body.length).toBeGreaterThan(0);
  return free.body;
}

function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

function fiscalYear(): number {
  const [year, month] = tokyoDay(0).split('-').map(Number);
  return month >= 4 ? year : year - 1;
}
