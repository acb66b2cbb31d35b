import type { FieldType } from '../api/types';
import type { Language } from './messages';

/**
 * The fixed words of the services' enumerations that their JSON gives as codes only (the lending service's
 * purposes, statuses and checklists, the notification kinds). Where a service sends its own {ja, en} label, the
 * pages show that instead.
 */
type Words = Record<string, [ja: string, en: string]>;

function lookup(words: Words, code: string, language: Language): string {
  const pair = words[code];
  return pair ? pair[language === 'en' ? 1 : 0] : code;
}

export const APPLICATION_STATUSES = [
  'SUBMITTED',
  'RECEIVED',
  'UNDER_REVIEW',
  'RETURNED',
  'COMPLETED',
  'REJECTED',
  'WITHDRAWN',
] as const;

const applicationStatuses: Words = {
  SUBMITTED: ['申請済', 'Submitted'],
  RECEIVED: ['受付', 'Received'],
  UNDER_REVIEW: ['審査中', 'Under review'],
  RETURNED: ['差戻し', 'Returned for correction'],
  COMPLETED: ['完了', 'Completed'],
  REJECTED: ['却下', 'Rejected'],
  WITHDRAWN: ['取下げ', 'Withdrawn'],
};

export const applicationStatusLabel = (code: string, language: Language) => lookup(applicationStatuses, code, language);

export const PURPOSES = ['REMOTE_WORK', 'TELEWORK', 'WORK_FROM_HOME', 'FIELD_WORK', 'MEETING', 'DISASTER_RESPONSE', 'OTHER'];

const purposes: Words = {
  REMOTE_WORK: ['リモートワーク', 'Remote work'],
  TELEWORK: ['テレワーク', 'Telework'],
  WORK_FROM_HOME: ['在宅勤務', 'Work from home'],
  FIELD_WORK: ['現地業務', 'Field work'],
  MEETING: ['会議', 'Meeting'],
  DISASTER_RESPONSE: ['災害対応', 'Disaster response'],
  OTHER: ['その他', 'Other'],
};

export const purposeLabel = (code: string, language: Language) => lookup(purposes, code, language);

const reservationStatuses: Words = {
  PENDING: ['承認待ち', 'Awaiting approval'],
  CONFIRMED: ['確定', 'Confirmed'],
  DECLINED: ['不承認', 'Declined'],
  CANCELLED: ['取消し', 'Cancelled'],
  LENT: ['貸出中', 'Lent'],
  OVERDUE: ['返却遅れ', 'Overdue'],
  RETURNED: ['返却済', 'Returned'],
  LOST: ['紛失', 'Lost'],
};

export const reservationStatusLabel = (code: string, language: Language) =>
  lookup(reservationStatuses, code, language);

const cancellationReasons: Words = {
  BY_BORROWER: ['利用者による取消し', 'Cancelled by the borrower'],
  BY_LENDING_DESK: ['貸出窓口による取消し', 'Cancelled by the lending desk'],
  DISASTER_PREEMPTION: ['災害対応のための取消し', 'Cancelled for disaster response'],
};

export const cancellationLabel = (code: string, language: Language) => lookup(cancellationReasons, code, language);

const deviceStatuses: Words = {
  AVAILABLE: ['利用可', 'Available'],
  LENT: ['貸出中', 'Lent'],
  IN_MAINTENANCE: ['保守中', 'In maintenance'],
  LOST: ['紛失', 'Lost'],
  BROKEN: ['故障', 'Broken'],
  RETIRED: ['廃止', 'Retired'],
};

export const deviceStatusLabel = (code: string, language: Language) => lookup(deviceStatuses, code, language);

const maintenance: Words = {
  CHARGING: ['充電', 'Charging'],
  WINDOWS_UPDATE: ['Windows Update', 'Windows Update'],
  REPAIR: ['修理', 'Repair'],
  INSPECTION: ['点検', 'Inspection'],
};

export const maintenanceLabel = (code: string, language: Language) => lookup(maintenance, code, language);

export const KIT_ITEMS = ['MOBILE_PC', 'CASE', 'WIRE_LOCK', 'KEYBOARD', 'POWER_CORD'];

const kit: Words = {
  MOBILE_PC: ['モバイルPC本体', 'Mobile PC'],
  CASE: ['ケース', 'Case'],
  WIRE_LOCK: ['ワイヤーロック', 'Wire lock'],
  KEYBOARD: ['キーボード', 'Keyboard'],
  POWER_CORD: ['電源コード', 'Power cord'],
};

export const kitLabel = (code: string, language: Language) => lookup(kit, code, language);

export const USAGE_RULES = ['NO_DATA_KEPT_ON_DEVICE', 'NO_USE_WALKING_OR_IN_PUBLIC', 'NEVER_LEFT_IN_CAR', 'NO_SOFTPHONE_CALLS'];

const usageRules: Words = {
  NO_DATA_KEPT_ON_DEVICE: ['モバイルPCにデータを保存しない', 'No data is kept on the mobile PC'],
  NO_USE_WALKING_OR_IN_PUBLIC: [
    '歩きながら、または画面を見られる公共の場所で使用しない',
    'Not used while walking or in public places where the screen can be seen',
  ],
  NEVER_LEFT_IN_CAR: ['車内に放置しない', 'Never left in a car'],
  NO_SOFTPHONE_CALLS: ['ソフトフォンで通話しない', 'No softphone calls'],
};

export const usageRuleLabel = (code: string, language: Language) => lookup(usageRules, code, language);

export const NOTEBOOK_ARRANGEMENTS = ['DEPOSITED', 'LEFT_ON_AT_DESK', 'DESKTOP_USER', 'WORKS_OUTSIDE_MAIN_BUILDING'];

const notebook: Words = {
  DEPOSITED: ['LGWANノートPCを窓口に預ける', 'The LGWAN notebook is deposited with the desk'],
  LEFT_ON_AT_DESK: ['LGWANノートPCを自席で電源を入れたままにする', 'The LGWAN notebook is left on at the desk'],
  DESKTOP_USER: ['デスクトップPC利用者（預かりなし）', 'Desktop PC user (nothing deposited)'],
  WORKS_OUTSIDE_MAIN_BUILDING: ['本庁舎外で勤務（預かりなし）', 'Works outside the main building (nothing deposited)'],
};

export const notebookLabel = (code: string, language: Language) => lookup(notebook, code, language);

const incidentKinds: Words = {
  MISSING_ITEMS: ['付属品の不足', 'Missing items'],
  DAMAGE: ['破損', 'Damage'],
  LOSS: ['紛失', 'Loss'],
  FAULT: ['故障', 'Fault'],
};

export const incidentKindLabel = (code: string, language: Language) => lookup(incidentKinds, code, language);

const kinds: Words = {
  APPLICATION_RECEIVED: ['申請を受け付けました', 'Application received'],
  APPLICATION_STATUS_CHANGED: ['申請の状況が変わりました', 'Application status changed'],
  APPLICATION_RETURNED: ['申請が差し戻されました', 'Application returned for correction'],
  APPLICATION_WITHDRAWN: ['申請が取り下げられました', 'Application withdrawn'],
  RESERVATION_AWAITING_APPROVAL: ['承認待ちの予約があります', 'A booking awaits approval'],
  RESERVATION_CONFIRMED: ['予約が確定しました', 'Booking confirmed'],
  RESERVATION_APPROVED: ['予約が承認されました', 'Booking approved'],
  RESERVATION_DECLINED: ['予約が承認されませんでした', 'Booking declined'],
  RESERVATION_CANCELLED: ['予約が取り消されました', 'Booking cancelled'],
  RESERVATION_PREEMPTED: ['災害対応のため予約が取り消されました', 'Booking cancelled for disaster response'],
  DEVICE_RECALLED: ['端末の返却をお願いします（災害モード）', 'Please bring the device back (disaster mode)'],
  DEVICE_LOST: ['端末の紛失が報告されました', 'A device was reported lost'],
  INCIDENT_REPORT_REQUIRED: ['顛末書の提出をお願いします', 'A written report is required'],
  RESERVATION_OVERDUE: ['返却期限を過ぎています', 'A device is overdue'],
  RETURN_REMINDER: ['返却期限が近づいています', 'Return due soon'],
  HAND_OVER_TODAY: ['本日貸出予定の端末があります', 'A device to hand over today'],
  FORM_PUBLISHED: ['様式が公開されました', 'A form was published'],
  ANNOUNCEMENT: ['お知らせ', 'Announcement'],
};

export const kindLabel = (code: string, language: Language) => lookup(kinds, code, language);

export const FORM_KINDS = ['PROCEDURE', 'SURVEY', 'EVENT', 'CAMPAIGN'];

const formKinds: Words = {
  PROCEDURE: ['手続き', 'Procedure'],
  SURVEY: ['アンケート', 'Survey'],
  EVENT: ['イベント申込', 'Event sign-up'],
  CAMPAIGN: ['キャンペーン', 'Campaign'],
};

export const formKindLabel = (code: string, language: Language) => lookup(formKinds, code, language);

const fieldTypes: Record<FieldType, [string, string]> = {
  TEXT: ['一行テキスト', 'Single-line text'],
  LONG_TEXT: ['複数行テキスト', 'Multi-line text'],
  NUMBER: ['数値', 'Number'],
  DATE: ['日付', 'Date'],
  SINGLE_CHOICE: ['単一選択', 'Single choice'],
  MULTIPLE_CHOICE: ['複数選択', 'Multiple choice'],
  EMAIL: ['メールアドレス', 'Email address'],
  PHONE: ['電話番号', 'Phone number'],
  POSTAL_CODE: ['郵便番号', 'Postal code'],
  ADDRESS: ['住所', 'Address'],
  CONSENT: ['同意チェック', 'Consent'],
  ATTACHMENT: ['添付ファイル', 'Attachment'],
  MY_NUMBER: ['個人番号（マイナンバー）', 'Individual number (My Number)'],
};

export const fieldTypeLabel = (type: FieldType, language: Language) => lookup(fieldTypes, type, language);

const formStatuses: Words = {
  DRAFT: ['下書き', 'Draft'],
  PUBLISHED: ['公開中', 'Published'],
  CLOSED: ['受付終了', 'Closed'],
};

export const formStatusLabel = (code: string, language: Language) => lookup(formStatuses, code, language);
