import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useApi } from '@sw/module-kit';
import { createUploader, type Uploader } from './attachments.ts';
import { createDraftStore, type DraftStore } from './draft.ts';
import { createPendingFileStore, type PendingFileStore } from './pendingFiles.ts';
import { createPrefillBox, type PrefillBox } from './prefillBox.ts';
import { createReceiptStore, type ReceiptStore } from './receipts.ts';
import { createSubmission, type Submission } from './submission.ts';

interface Intake {
  drafts: DraftStore;
  files: PendingFileStore;
  uploader: Uploader;
  submission: Submission;
  receipts: ReceiptStore;
  /** What another module (or the line chooser) asked the form to start with; taken once by the form. */
  prefills: PrefillBox;
}

const IntakeContext = createContext<Intake | null>(null);

/**
 * The complaint intake for as long as the module is mounted: the draft, the files waiting to
 * upload, the submission on its way and the receipts. One per mount, so pages share them and a
 * submission keeps going while the person moves between the module's pages.
 */
export function IntakeProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [intake] = useState(() => {
    const files = createPendingFileStore();
    const uploader = createUploader({ api, files });
    const drafts = createDraftStore();
    const receipts = createReceiptStore();
    const submission = createSubmission({
      api,
      uploader,
      onDelivered(receipt) {
        // The ticket is filed: its receipt replaces the draft, its files are no longer needed here.
        receipts.remember(receipt);
        drafts.clear();
        void files.clear();
      },
    });
    return { drafts, files, uploader, submission, receipts, prefills: createPrefillBox() };
  });
  useEffect(() => {
    intake.submission.resume(); // a submission left by a reload or crash goes out now
    return () => {
      intake.submission.stop();
      intake.uploader.dispose();
    };
  }, [intake]);
  return <IntakeContext.Provider value={intake}>{children}</IntakeContext.Provider>;
}

export function useIntake(): Intake {
  const value = useContext(IntakeContext);
  if (!value) throw new Error('useIntake must be used inside <IntakeProvider>');
  return value;
}
