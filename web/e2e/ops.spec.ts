import { expect, test } from '@playwright/test';
import { callAs, checkPage, expectNoTokenInPage, signIn, tokyoDay } from './support';

/** The ops dashboard as ops1: the live event stream with its counters and rates, upstream health, deliveries. */
test.describe.configure({ mode: 'serial' });

test('ops follow the live event stream: a booking and its cancellation arrive and are counted', async ({ page, request }) => {
  await signIn(page, 'ops1', '/ops/events');
  await expect(page.getByTestId('ops-stream-state')).toHaveText('新着を自動で表示しています');
  await checkPage(page, 'ops-01-events-empty');

  const day = tokyoDay(30);
  const booked = await callAs<{ id: string }>(request, 'staff1', 'POST', '/api/v1/lending/reservations', {
    siteCode: 'honchosha',
    start: new Date(`${day}T15:00:00+09:00`).toISOString(),
    end: new Date(`${day}T16:00:00+09:00`).toISOString(),
    purpose: 'MEETING',
  });
  expect(booked.status).toBe(201);
  expect((await callAs(request, 'staff1', 'POST', `/api/v1/lending/reservations/${booked.body.id}/cancel`)).status).toBe(200);

  await expect(page.getByTestId('count-madoguchi.lending.reservation-requested.v1')).toHaveText(/[1-9]/);
  await expect(page.getByTestId('count-madoguchi.lending.reservation-cancelled.v1')).toHaveText(/[1-9]/);
  await expect(page.getByRole('img', { name: /madoguchi.lending.reservation-requested.v1：直近15分/ })).toBeVisible();
  await checkPage(page, 'ops-02-events');

  await page.getByLabel('イベントの種類').fill('madoguchi.lending.reservation-cancelled.v1');
  await page.getByRole('button', { name: '絞り込む' }).click();
  await expect(page.getByTestId('ops-stream-state')).toHaveText('新着を自動で表示しています');
  await expectNoTokenInPage(page);
});

test('ops see every service up through the gateway, and the delivery log', async ({ page }) => {
  await signIn(page, 'ops1', '/ops/health');
  const table = page.getByRole('table', { name: /ゲートウェイから見た各サービス/ });
  await expect(table.getByRole('rowheader')).toHaveCount(4);
  await expect(table).not.toContainText('DOWN');
  await checkPage(page, 'ops-03-health');
  await page.getByRole('link', { name: '配信ログ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '配信ログ' })).toBeVisible();
  await page.getByLabel('状態').selectOption('SENT');
  await expect(page.getByRole('table', { name: /配信/ }).or(page.getByText('該当する配信はありません。'))).toBeVisible();
  await checkPage(page, 'ops-04-deliveries');
});
