import { Alert, Button, Flex, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@sw/api-client';
import { COMPLAINT_ATTACHMENT_LIMITS, type ComplaintPrefill } from '@sw/contracts';
import { useHost, useLocale } from '@sw/module-kit';
import { ComplaintForm } from '../../components/ComplaintForm/ComplaintForm.tsx';
import { Receipt } from '../../components/Receipt/Receipt.tsx';
import { SubmissionStatus } from '../../components/SubmissionStatus/SubmissionStatus.tsx';
import { useHotlineFormat } from '../../format/useHotlineFormat.ts';
import { MissingFileError, checkPickedFile } from '../../intake/attachments.ts';
import {
  applyPrefill,
  draftHasContent,
  emptyDraft,
  type ComplaintDraft,
  type DraftAttachment,
} from '../../intake/draft.ts';
import { useIntake } from '../../intake/IntakeContext.tsx';
import { fieldOfPath, validateDraft, type FormErrors, type FormField } from '../../intake/validation.ts';
import { PATHS } from '../../navigation/paths.ts';

/** Server field errors (rare: the form checks the same rules first) beside the fields they concern. */
function serverFieldErrors(error: unknown): FormErrors {
  if (!(error instanceof ApiError) || error.code !== 'validation.failed') return {};
  const errors: FormErrors = {};
  for (const item of error.problem.errors ?? []) {
    const field = fieldOfPath(item.path);
    if (field && !errors[field])
      errors[field] = { key: `errors.codes.${item.code ?? ''}`, values: { defaultValue: item.message } };
  }
  return errors;
}

/**
 * The complaint form and its receipt. The draft is kept in this browser as the person types and
 * restored after a reload or a crash; the submission goes out through the intake's outbox (never
 * lost, never twice); the receipt stays on screen until a new submission is started.
 */
export function ComplaintFormPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useHotlineFormat();
  const { navigation } = useHost();
  const intake = useIntake();
  const submission = useSyncExternalStore(intake.submission.subscribe, intake.submission.get, intake.submission.get);
  const [receipt, setReceipt] = useState(() => intake.receipts.last());
  const [restored] = useState(() => intake.drafts.load());
  const [draft, setDraft] = useState<ComplaintDraft>(() => restored ?? emptyDraft(locale));
  const [restoredNotice, setRestoredNotice] = useState(Boolean(restored && draftHasContent(restored)));
  const [touched, setTouched] = useState<ReadonlySet<FormField>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FormErrors>({});
  const [focusRequest, setFocusRequest] = useState(0);
  const [conflictingPrefill, setConflictingPrefill] = useState<ComplaintPrefill>();
  const draftRef = useRef(draft);
  useEffect(() => {
    draftRef.current = draft;
  }, [draft]);

  const change = useCallback((patch: Partial<ComplaintDraft>) => setDraft((current) => ({ ...current, ...patch })), []);
  const updateFile = useCallback(
    (id: string, patch: Partial<DraftAttachment>) =>
      setDraft((current) => ({
        ...current,
        attachments: current.attachments.map((file) => (file.id === id ? { ...file, ...patch } : file)),
      })),
    [],
  );

  // Kept as typed (a moment after each change), when the page is hidden or left, and never when empty.
  useEffect(() => {
    const timer = setTimeout(() => (draftHasContent(draft) ? intake.drafts.save(draft) : intake.drafts.clear()), 300);
    return () => clearTimeout(timer);
  }, [draft, intake]);
  useEffect(() => {
    const flush = () => {
      if (draftHasContent(draftRef.current)) intake.drafts.save(draftRef.current);
    };
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, [intake]);

  const upload = useCallback(
    (file: Pick<DraftAttachment, 'id' | 'name'>) =>
      intake.uploader.upload(file.id, file.name).then(
        () => updateFile(file.id, { state: 'uploaded' }),
        (error: unknown) => {
          if (error instanceof ApiError) updateFile(file.id, { state: 'refused', refusal: error.code });
          else if (error instanceof MissingFileError)
            updateFile(file.id, { state: 'refused', refusal: 'attachment.missing' });
          // Anything else: the module went away mid-upload; the file stays pending and resumes next time.
        },
      ),
    [intake, updateFile],
  );
  // Files still waiting from before a reload go up now.
  useEffect(() => {
    for (const file of draftRef.current.attachments) if (file.state === 'pending') void upload(file);
  }, [upload]);

  const addFile = async (file: File) => {
    if (draftRef.current.attachments.length >= COMPLAINT_ATTACHMENT_LIMITS.maxFiles) {
      setServerErrors((errors) => ({
        ...errors,
        attachments: { key: 'form.errors.tooManyFiles', values: { count: COMPLAINT_ATTACHMENT_LIMITS.maxFiles } },
      }));
      return;
    }
    const id = crypto.randomUUID();
    // Reserve the place at once, so several files picked together keep their order and the limit holds.
    draftRef.current = {
      ...draftRef.current,
      attachments: [...draftRef.current.attachments, { id, name: file.name, size: file.size, state: 'pending' }],
    };
    setDraft(draftRef.current);
    const checked = await checkPickedFile(file);
    if (!checked.ok) return updateFile(id, { state: 'refused', refusal: checked.code });
    updateFile(id, { type: checked.type });
    await intake.files.put(id, file);
    void upload({ id, name: file.name });
  };

  const removeFile = (id: string) => {
    setDraft((current) => ({ ...current, attachments: current.attachments.filter((file) => file.id !== id) }));
    setServerErrors(({ attachments: _, ...rest }) => rest);
    void intake.files.delete(id);
  };

  // A pre-fill from another module (or the line chooser): applied, unless it would overwrite a draft.
  useEffect(
    () =>
      intake.prefills.listen((prefill) => {
        intake.receipts.dismiss(); // a new report starts a new form
        setReceipt(undefined);
        if (draftHasContent(draftRef.current)) setConflictingPrefill(prefill);
        else setDraft((current) => applyPrefill(current, prefill));
      }),
    [intake],
  );

  // The outcome of a submission.
  useEffect(
    () =>
      intake.submission.onOutcome((outcome) => {
        if (outcome.phase === 'delivered') {
          setReceipt(outcome.receipt);
          setDraft(emptyDraft(outcome.receipt.preferredLocale));
          setTouched(new Set());
          setAttempted(false);
          return;
        }
        // Nothing was filed: a corrected draft goes out as a new submission with a new key.
        setDraft((current) => ({ ...current, idempotencyKey: crypto.randomUUID() }));
        setServerErrors(serverFieldErrors(outcome.error));
        setFocusRequest((n) => n + 1);
      }),
    [intake],
  );

  const validation = useMemo(() => validateDraft(draft), [draft]);
  const visibleErrors: FormErrors = {
    ...Object.fromEntries(
      Object.entries(validation.errors).filter(([field]) => attempted || touched.has(field as FormField)),
    ),
    ...serverErrors,
  };
  const locked = submission.phase === 'uploading' || submission.phase === 'sending';

  const submit = () => {
    setAttempted(true);
    if (!validation.request || Object.keys(serverErrors).some((field) => field !== 'attachments')) {
      setFocusRequest((n) => n + 1);
      return;
    }
    setServerErrors({});
    intake.drafts.save(draft); // safe in this browser before anything goes out
    const uploads = draft.attachments.filter((file) => file.state === 'pending').map(({ id, name }) => ({ id, name }));
    intake.submission.submit(validation.request, draft.idempotencyKey, uploads);
  };

  const discard = () => {
    setDraft(emptyDraft(locale));
    setTouched(new Set());
    setAttempted(false);
    setServerErrors({});
    setRestoredNotice(false);
    intake.drafts.clear();
    void intake.files.clear();
    intake.submission.reset();
  };

  if (receipt) {
    return (
      <Receipt
        receipt={receipt}
        onTrack={() => navigation.push(`${PATHS.track}?ticket=${encodeURIComponent(receipt.ticketNumber)}`)}
        onNew={() => {
          intake.receipts.dismiss();
          intake.submission.reset();
          setReceipt(undefined);
        }}
      />
    );
  }

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('form.intro')}
      </Typography.Paragraph>
      {restoredNotice && restored?.savedAt && (
        <Alert
          type="info"
          showIcon
          closable
          onClose={() => setRestoredNotice(false)}
          title={t('form.restored', { time: format.dateTime(restored.savedAt) })}
          action={
            <Button size="small" onClick={discard}>
              {t('form.discard')}
            </Button>
          }
        />
      )}
      {conflictingPrefill && (
        <Alert
          type="warning"
          showIcon
          title={t('form.prefillConflict', {
            item: conflictingPrefill.relatedItem?.label ?? t(`categories.${conflictingPrefill.category}`),
          })}
          action={
            <Flex vertical gap={4}>
              <Button
                size="small"
                type="primary"
                onClick={() => {
                  setDraft((current) => applyPrefill({ ...current, description: '' }, conflictingPrefill));
                  setConflictingPrefill(undefined);
                }}
              >
                {t('form.usePrefill')}
              </Button>
              <Button size="small" onClick={() => setConflictingPrefill(undefined)}>
                {t('form.keepDraft')}
              </Button>
            </Flex>
          }
        />
      )}
      <ComplaintForm
        draft={draft}
        errors={visibleErrors}
        onChange={(patch) => {
          change(patch);
          if (Object.keys(serverErrors).length) {
            setServerErrors((errors) =>
              Object.fromEntries(Object.entries(errors).filter(([field]) => !(field in patchFields(patch)))),
            );
          }
        }}
        onBlur={(field) => setTouched((fields) => new Set(fields).add(field))}
        onAddFile={(file) => void addFile(file)}
        onRemoveFile={removeFile}
        onSubmit={submit}
        onDiscard={discard}
        locked={locked}
        focusRequest={focusRequest}
        status={<SubmissionStatus state={submission} onRetryNow={() => intake.submission.retryNow()} />}
      />
    </Flex>
  );
}

/** The form fields a draft change touches (to clear the server's errors about them). */
function patchFields(patch: Partial<ComplaintDraft>): Partial<Record<FormField, true>> {
  const fields: Partial<Record<FormField, true>> = {};
  for (const key of Object.keys(patch)) {
    const field =
      ({ phoneRegion: 'phone', preferredLocale: undefined } as Record<string, FormField | undefined>)[key] ??
      (key as FormField);
    if (field) fields[field] = true;
  }
  return fields;
}
