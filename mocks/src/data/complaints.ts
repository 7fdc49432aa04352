import {
  COMPLAINT_PRIVACY_NOTICE_VERSION,
  applyComplaintAction,
  calendarDateInShenzhen,
  newComplaint,
  newTicketNumber,
  type Complaint,
  type ComplaintAction,
  type ComplaintAttachment,
  type ComplaintCategory,
  type ComplaintOutcome,
  type ComplaintRelatedItem,
  type ComplaintStaffRef,
  type Locale,
} from '@sw/contracts';
import { DEMO_REPLIES, DEMO_RESOLUTIONS, DEMO_SUBMITTERS, DEMO_TICKET_TEXTS } from './complaintsTexts.ts';
import { FEES } from './fees.ts';
import { DEMO_USERS } from './users.ts';

/** A small deterministic random source, so server and mocks build the same demo tickets. */
function mulberry32(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(random: () => number, options: ReadonlyArray<readonly [T, number]>): T {
  let roll = random() * options.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return options.at(-1)![0];
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(random() * 4)]}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

const staffOf = (id: string): ComplaintStaffRef => {
  const user = DEMO_USERS.find((u) => u.id === id);
  return { id, name: user?.name ?? id };
};

/** A one-page PDF built with correct offsets (a "receipt" a submitter attached). */
function demoPdf(lines: string[]): Uint8Array {
  const stream = `BT /F1 13 Tf 56 780 Td 18 TL ${lines.map((line) => `(${line}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

const DEMO_INVOICE = demoPdf([
  'DEMO DATA - illustrative invoice, not a real document',
  'Pilotage, vessel DEMO STAR, Yantian',
  'Base rate charged: 100% (reduced rate in force: 85%)',
  'Difference claimed: CNY 4,200.00',
]);

/** Files of the demo tickets, by attachment id (the server seeds them into its database). */
export const DEMO_COMPLAINT_FILES: Readonly<Record<string, { attachment: ComplaintAttachment; content: Uint8Array }>> = {
  '3b1f9a52-64c1-4d8e-9f0a-7c2d5e8b1a01': {
    attachment: {
      id: '3b1f9a52-64c1-4d8e-9f0a-7c2d5e8b1a01',
      name: 'pilotage-invoice-demo.pdf',
      type: 'application/pdf',
      size: DEMO_INVOICE.length,
    },
    content: DEMO_INVOICE,
  },
};

const CATEGORY_WEIGHTS = [
  ['port-charges', 35],
  ['clearance', 20],
  ['terminal-times', 20],
  ['system', 15],
  ['other', 10],
] as const satisfies ReadonlyArray<readonly [ComplaintCategory, number]>;
const LOCALE_WEIGHTS = [
  ['zh-CN', 65],
  ['zh-HK', 20],
  ['en', 15],
] as const satisfies ReadonlyArray<readonly [Locale, number]>;

const DEMO_TICKET_COUNT = 80;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The calendar date `days` before `date` (both YYYY-MM-DD). */
const daysBefore = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);

function relatedItemOf(text: (typeof DEMO_TICKET_TEXTS)[ComplaintCategory][number], locale: Locale): ComplaintRelatedItem | undefined {
  if (text.feeId) {
    const fee = FEES.find((item) => item.id === text.feeId);
    return fee ? { kind: 'fee', id: fee.id, label: fee.name[locale] } : undefined;
  }
  if (text.terminalTime) return { kind: 'service-time', label: text.terminalTime[locale] };
  return undefined;
}

/**
 * The demo tickets: about six months of intake before `now`'s Shenzhen date, in every category,
 * type and language, at every stage (new, acknowledged, replied, closed; some late, a few overdue),
 * with histories made by the workflow itself. The same date gives the same tickets (server seed and
 * mocks agree); every ticket is marked `demo`.
 */
export function demoComplaints(now: Date): Complaint[] {
  const random = mulberry32(95198);
  const today = calendarDateInShenzhen(now);
  const tickets: Complaint[] = [];
  let invoiceAttached = false;
  for (let i = 0; i < DEMO_TICKET_COUNT; i++) {
    const daysAgo = 1 + Math.floor(random() ** 1.5 * 175); // more of them recent, as a queue has
    const time = `${String(9 + Math.floor(random() * 9)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}`;
    const submittedAt = new Date(`${daysBefore(today, daysAgo)}T${time}:00+08:00`).toISOString();
    const category = weighted(random, CATEGORY_WEIGHTS);
    const ticketText = pick(random, DEMO_TICKET_TEXTS[category]);
    const locale = weighted(random, LOCALE_WEIGHTS);
    const submitter = pick(random, DEMO_SUBMITTERS[locale]);
    const relatedItem = relatedItemOf(ticketText, locale);
    const ids = {
      id: uuid(random),
      ticketNumber: newTicketNumber(new Date(submittedAt), (n) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256))),
    };
    const withInvoice: boolean = !invoiceAttached && ticketText.feeId === 'fee-pilotage-domestic';
    invoiceAttached ||= withInvoice;
    let ticket: Complaint = {
      ...newComplaint(
        {
          type: ticketText.type,
          category,
          ...(relatedItem ? { relatedItem } : {}),
          description: ticketText.description[locale],
          contact: { ...submitter },
          preferredLocale: locale,
          attachments: [],
          consent: true,
          privacyNoticeVersion: COMPLAINT_PRIVACY_NOTICE_VERSION,
        },
        ids,
        submittedAt,
        withInvoice ? Object.values(DEMO_COMPLAINT_FILES).map((file) => file.attachment) : [],
      ),
      demo: true,
    };

    // How far it got depends on its age; each step happens only if its time has come.
    const stage = random();
    const steps: Array<[hoursAfter: number, action: ComplaintAction]> = [];
    const officer = staffOf(ticket.unit === 'market-regulation' ? 'regulator' : 'admin');
    const late = random() < 0.12;
    if (category === 'other' && stage < 0.3) steps.push([3, { kind: 'reroute', unit: 'customs', note: 'Concerns inspection at the port.' }]);
    const reachesStage = daysAgo > 45 ? 0.97 : daysAgo > 14 ? 0.65 : daysAgo > 5 ? 0.4 : 0.15;
    if (stage < reachesStage + 0.2) steps.push([late ? 40 : 2 + random() * 20, { kind: 'assign', assignee: officer }]);
    if (stage < reachesStage) steps.push([late ? 150 : 30 + random() * 60, { kind: 'reply', message: DEMO_REPLIES[category][locale] }]);
    if (stage < reachesStage - 0.25 || (daysAgo > 45 && stage < reachesStage)) {
      const outcome: ComplaintOutcome =
        ticketText.type === 'complaint' ? pick(random, ['upheld', 'partly-upheld', 'not-upheld'] as const) : 'answered';
      steps.push([160 + random() * 80, { kind: 'close', outcome, resolution: DEMO_RESOLUTIONS[outcome][locale] }]);
    }
    for (const [hoursAfter, action] of steps.sort(([a], [b]) => a - b)) {
      const at = new Date(Date.parse(submittedAt) + hoursAfter * HOUR);
      if (at >= now) break;
      const actor = action.kind === 'reroute' ? staffOf('admin') : officer;
      ticket = applyComplaintAction(ticket, action, actor, at.toISOString()).complaint;
    }
    tickets.push(ticket);
  }
  return tickets.sort((a, b) => (a.submittedAt < b.submittedAt ? 1 : -1));
}
