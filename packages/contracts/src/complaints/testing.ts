import type { ComplaintCreateRequest } from './requests.ts';
import { COMPLAINT_PRIVACY_NOTICE_VERSION } from './requests.ts';

/** A valid complaint request for tests across the suite; override what the test is about. */
export function sampleComplaintRequest(overrides: Partial<ComplaintCreateRequest> = {}): ComplaintCreateRequest {
  return {
    type: 'complaint',
    category: 'port-charges',
    description: 'The terminal charged a night-shift surcharge that is not in the published catalogue.',
    contact: { name: '李伟', phone: '+8613812345678', email: 'li.wei@example.com' },
    preferredLocale: 'zh-CN',
    attachments: [],
    consent: true,
    privacyNoticeVersion: COMPLAINT_PRIVACY_NOTICE_VERSION,
    ...overrides,
  };
}
