/** The shapes the services answer with, as far as the pages read them (see each service's README). */

export interface Bilingual {
  ja: string;
  en: string;
}

export interface Label extends Bilingual {
  code: string;
}

export interface DepartmentSummary {
  code: string;
  name: string;
  nameEn: string | null;
}

export interface FiscalYear {
  year: number;
  era: string;
  eraEn: string;
  gregorian: string;
  firstDay: string;
  lastDay: string;
}

// procedures-service

export interface SearchHit {
  id: string;
  code: string;
  name: string;
  kana: string | null;
  category: string | null;
  department: DepartmentSummary;
  status: string;
  statusLabel: Bilingual;
  score: number;
}

export interface SearchPage {
  total: number;
  page: number;
  size: number;
  items: SearchHit[];
}

export interface FormSummary {
  id: string;
  title: string;
  titleEn: string | null;
  kind: string;
  status: string;
  publicUrl: string;
}

export interface Procedure {
  id: string;
  code: string;
  name: string;
  kana: string | null;
  department: DepartmentSummary;
  category: string | null;
  description: string | null;
  legalBasis: string | null;
  status: {
    kind: string;
    label: Bilingual;
    online: boolean;
    fiscalYear: FiscalYear | null;
    completedOn: string | null;
  };
  forms: FormSummary[];
  version: number;
}

export type FieldType =
  | 'TEXT'
  | 'LONG_TEXT'
  | 'NUMBER'
  | 'DATE'
  | 'SINGLE_CHOICE'
  | 'MULTIPLE_CHOICE'
  | 'EMAIL'
  | 'PHONE'
  | 'POSTAL_CODE'
  | 'ADDRESS'
  | 'CONSENT'
  | 'ATTACHMENT'
  | 'MY_NUMBER';

export const FIELD_TYPES: FieldType[] = [
  'TEXT',
  'LONG_TEXT',
  'NUMBER',
  'DATE',
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'EMAIL',
  'PHONE',
  'POSTAL_CODE',
  'ADDRESS',
  'CONSENT',
  'ATTACHMENT',
  'MY_NUMBER',
];

export interface FieldDefinition {
  key: string;
  label: string;
  labelEn: string | null;
  type: FieldType;
  typeLabel?: Bilingual;
  required: boolean;
  minLength?: number | null;
  maxLength?: number | null;
  pattern?: string | null;
  choices?: string[] | null;
}

export interface Form {
  id: string;
  kind: string;
  kindLabel: Bilingual;
  departmentCode: string;
  status: 'DRAFT' | 'PUBLISHED' | 'CLOSED';
  open: boolean;
  version: number;
  title: string;
  titleEn: string | null;
  description: string | null;
  descriptionEn: string | null;
  fields: FieldDefinition[];
  acceptsAnonymous: boolean;
  opensAt: string | null;
  closesAt: string | null;
  procedureIds: string[];
  standardProcessingDays: number | null;
  attachmentLimits: { maxFileBytes: number; maxFiles: number } | null;
  publicUrl: string;
  qrPng: string;
  qrSvg: string;
  revision: number;
}

export interface FormPage {
  total: number;
  page: number;
  size: number;
  items: Form[];
}

export interface Department {
  code: string;
  name: string;
  nameEn: string | null;
}

export interface ProgressReport {
  fiscalYear: FiscalYear;
  rows: {
    department: DepartmentSummary;
    counts: Counts;
    contents: Bilingual | null;
    note: Bilingual | null;
  }[];
  totals: Counts;
}

export interface Counts {
  planned: number;
  completed: number;
  revised: number;
  abolished: number;
  open: number;
}

// applications-service

export interface ReceiptNumber {
  number: string;
  fiscalYear: number;
  fiscalYearJa: string;
  fiscalYearEn: string;
}

export interface Receipt {
  applicationId: string;
  receiptNumber: ReceiptNumber;
  status: Label;
  formId: string;
  formVersion: number;
  submittedAt: string;
  dueDate: string | null;
  lookupCode: string | null;
  version: number;
}

export interface AnsweredForm {
  id: string;
  version: number;
  title: string;
  titleEn: string | null;
  departmentCode: string;
}

export interface Step {
  action: Label | null;
  from: Label | null;
  to: Label;
  by: string | null;
  at: string;
  comment: string | null;
}

export interface Application {
  id: string;
  receiptNumber: ReceiptNumber;
  form: AnsweredForm;
  status: Label;
  submittedAt: string;
  dueDate: string | null;
  overdue: boolean;
  anonymous: boolean;
  answers: Record<string, unknown>;
  history: Step[];
  nextActions: Label[];
  version: number;
}

export interface ApplicationSummary {
  id: string;
  receiptNumber: ReceiptNumber;
  form: AnsweredForm;
  status: Label;
  submittedAt: string;
  lastChangedAt: string;
  dueDate: string | null;
  overdue: boolean;
  anonymous: boolean;
  version: number;
}

export interface ApplicationPage {
  items: ApplicationSummary[];
  page: number;
  size: number;
  total: number;
}

export interface Attachment {
  id: string;
  field: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

export interface StatusLookup {
  receiptNumber: ReceiptNumber;
  status: Label;
  since: string;
}

// device-lending-service

export interface Site {
  code: string;
  nameJa: string;
  nameEn: string;
  managingDepartment: string;
  managingDepartmentJa: string;
  devices: number | null;
  available: number | null;
}

export interface Device {
  id: string;
  number: string;
  label: string;
  siteCode: string;
  status: string;
  kit: string[];
}

export interface CalendarEntry {
  id: string;
  start: string;
  end: string;
  status?: string;
  purpose?: string;
  department?: string;
  borrowerName?: string;
  maintenance?: string;
}

export interface WeekCalendar {
  site: Site;
  days: string[];
  devices: {
    device: Device;
    days: { day: string; bookings: CalendarEntry[]; free: { start: string; end: string }[] }[];
  }[];
}

export interface Reservation {
  id: string;
  deviceId: string;
  siteCode: string;
  start: string;
  end: string;
  purpose: string;
  note?: string;
  status: string;
  needsApproval: boolean;
  disasterResponse: boolean;
  borrower?: { subject?: string; name?: string; department?: string };
  requestedAt: string;
  decidedBy?: string;
  decidedAt?: string;
  decisionComment?: string;
  cancelledAt?: string;
  cancellationReason?: string;
}

export interface DisasterDeclaration {
  id: string;
  allSites: boolean;
  siteCodes: string[];
  effectiveFrom: string;
  reason?: string;
  declaredBy?: string;
  declaredAt: string;
  liftedAt?: string;
  bookingsCancelled?: number;
  devicesRecalled?: number;
}

export interface Incident {
  id: string;
  deviceId: string;
  siteCode: string;
  reservationId?: string;
  kind: string;
  description?: string;
  reporter?: string;
  openedAt: string;
  reportRequired: boolean;
  report?: string;
  reportSubmittedAt?: string;
  disabledAt?: string;
  disabledBy?: string;
  closedAt?: string;
  closedBy?: string;
  resolution?: string;
}

export interface Lending {
  reservationId: string;
  deviceId: string;
  siteCode: string;
  handedOverAt: string;
  returnedAt?: string;
  missingItems?: string[];
}

// notification-service

export interface InboxItem {
  id: string;
  sequence: number;
  kind: string;
  urgent: boolean;
  language: string;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

export type Channel = 'INBOX' | 'EMAIL' | 'MESSAGING';

export interface Preferences {
  language: string | null;
  email: string | null;
  messagingId: string | null;
  chosen: Record<string, Channel[]>;
  effective: Record<string, Channel[]>;
  quietHours: { from: string; until: string } | null;
}

export interface Announcement {
  id: string;
  title: string;
  titleEn: string | null;
  body: string;
  bodyEn: string | null;
  audience: string;
  department: string | null;
  from: string;
  until: string;
  status: string;
  publishedAt: string | null;
  withdrawnAt: string | null;
}

export interface Delivery {
  id: string;
  notificationId: string;
  channel: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  sentAt: string | null;
  lastError: string | null;
  suppressedBecause: string | null;
}
