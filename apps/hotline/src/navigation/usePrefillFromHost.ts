import { useEffect } from 'react';
import { complaintPrefillSchema } from '@sw/contracts';
import { useHost } from '@sw/module-kit';
import { useIntake } from '../intake/IntakeContext.tsx';
import { PATHS } from './paths.ts';

/**
 * Takes what another module sent with `navigate('/hotline', { prefill })` (once: a reload does not
 * replay it) and opens the form with it. Checked against the contract: a malformed payload from an
 * older or broken sender is ignored rather than trusted.
 */
export function usePrefillFromHost(pathname: string): void {
  const { navigation } = useHost();
  const intake = useIntake();
  useEffect(() => {
    const payload = navigation.takePayload('/hotline');
    const prefill = complaintPrefillSchema.safeParse(payload?.prefill);
    if (!payload?.prefill || !prefill.success) return;
    intake.prefills.offer(prefill.data);
    if (pathname !== PATHS.file) navigation.push(PATHS.file);
  }, [navigation, intake, pathname]);
}
