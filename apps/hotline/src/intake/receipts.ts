import { z } from 'zod';
import { complaintReceiptSchema, type ComplaintCategory, type ComplaintReceipt } from '@sw/contracts';

export const RECEIPT_STORAGE_KEY = 'sw.hotline.receipt.v1';
export const DEVICE_TICKETS_STORAGE_KEY = 'sw.hotline.tickets.v1';
const MAX_DEVICE_TICKETS = 20;

const deviceTicketSchema = z.object({ ticketNumber: z.string(), submittedAt: z.string(), category: z.string() });
export type DeviceTicket = { ticketNumber: string; submittedAt: string; category: ComplaintCategory };

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function read<T>(storage: KeyValueStorage | undefined, key: string, schema: z.ZodType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(storage?.getItem(key) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function write(storage: KeyValueStorage | undefined, key: string, value: unknown) {
  try {
    if (value === undefined) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage refused: the receipt is still on screen to copy or print.
  }
}

/**
 * The last receipt (on screen until the person starts a new submission, also after a reload) and
 * the ticket numbers filed from this browser, for tracking. Contacts are kept masked only.
 */
export function createReceiptStore(storage: KeyValueStorage | undefined = globalThis.localStorage) {
  return {
    last: () => read(storage, RECEIPT_STORAGE_KEY, complaintReceiptSchema),
    remember(receipt: ComplaintReceipt) {
      write(storage, RECEIPT_STORAGE_KEY, receipt);
      const others = this.tickets().filter((ticket) => ticket.ticketNumber !== receipt.ticketNumber);
      const entry: DeviceTicket = {
        ticketNumber: receipt.ticketNumber,
        submittedAt: receipt.submittedAt,
        category: receipt.category,
      };
      write(storage, DEVICE_TICKETS_STORAGE_KEY, [entry, ...others].slice(0, MAX_DEVICE_TICKETS));
    },
    dismiss: () => write(storage, RECEIPT_STORAGE_KEY, undefined),
    tickets: (): DeviceTicket[] =>
      (read(storage, DEVICE_TICKETS_STORAGE_KEY, z.array(deviceTicketSchema)) ?? []) as DeviceTicket[],
  };
}
export type ReceiptStore = ReturnType<typeof createReceiptStore>;
