import { describe, expect, it } from 'vitest';
import { complaintCreateRequestSchema, complaintTrackRequestSchema } from './requests.ts';
import { sampleComplaintRequest } from './testing.ts';

const paths = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join('.')).sort();

describe('complaint requests', () => {
  it('accepts a complete request and keeps hostile text as it is', () => {
    const description = '<script>alert("x")</script> 收费不合理 "; DROP TABLE complaints; --';
    const parsed = complaintCreateRequestSchema.parse(sampleComplaintRequest({ description }));
    expect(parsed.description).toBe(description);
  });

  it('names every field that is wrong', () => {
    const result = complaintCreateRequestSchema.safeParse({
      ...sampleComplaintRequest(),
      description: 'short',
      contact: { name: '', email: 'not-an-address' },
      consent: false,
      attachments: ['not-a-uuid'],
    });
    expect(paths(result)).toEqual(['attachments.0', 'consent', 'contact.email', 'contact.name', 'description']);
  });

  it('needs a phone number or an e-mail address to reply to', () => {
    const result = complaintCreateRequestSchema.safeParse(sampleComplaintRequest({ contact: { name: '李伟' } }));
    expect(paths(result)).toEqual(['contact.phone']);
  });

  it('refuses control characters, unknown fields and duplicate attachments', () => {
    const id = '6f0c2f4e-8a53-4a8e-9a44-2f1e0b1c9d11';
    const result = complaintCreateRequestSchema.safeParse({
      ...sampleComplaintRequest({ description: 'Ten characters\u0000 and more', attachments: [id, id] }),
      admin: true,
    });
    expect(paths(result)).toEqual(['', 'attachments', 'description']);
  });

  it('tracks with exactly one of phone and e-mail', () => {
    const ticketNumber = 'HL-20261127-7K3F9Q';
    expect(complaintTrackRequestSchema.safeParse({ ticketNumber, email: 'a@example.com' }).success).toBe(true);
    expect(complaintTrackRequestSchema.safeParse({ ticketNumber }).success).toBe(false);
    expect(
      complaintTrackRequestSchema.safeParse({ ticketNumber, email: 'a@example.com', phone: '+8613812345678' }).success,
    ).toBe(false);
    expect(paths(complaintTrackRequestSchema.safeParse({ ticketNumber: 'OBJ-1', email: 'a@example.com' }))).toEqual([
      'ticketNumber',
    ]);
  });
});
