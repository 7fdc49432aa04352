import {
  CheckCircleFilled,
  DeleteOutlined,
  ExclamationCircleFilled,
  LoadingOutlined,
  PaperClipOutlined,
} from '@ant-design/icons';
import { Button, Flex, Typography, theme } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_ATTACHMENT_EXTENSIONS,
  COMPLAINT_ATTACHMENT_LIMITS,
  COMPLAINT_ATTACHMENT_TYPES,
} from '@sw/contracts';
import { useHotlineFormat } from '../../format/useHotlineFormat.ts';
import { useOnline } from '../../hooks/useOnline.ts';
import type { DraftAttachment } from '../../intake/draft.ts';

const ACCEPT = [
  ...COMPLAINT_ATTACHMENT_TYPES,
  ...Object.values(COMPLAINT_ATTACHMENT_EXTENSIONS).flatMap((extensions) =>
    extensions.map((extension) => `.${extension}`),
  ),
].join(',');

interface AttachmentFieldProps {
  id: string;
  attachments: readonly DraftAttachment[];
  onAdd(file: File): void;
  onRemove(id: string): void;
  describedBy?: string;
  disabled?: boolean;
}

/**
 * Images and PDFs for the complaint: each file checked by its content as soon as it is picked (a
 * refused one stays in the list with the reason until removed), then uploaded, waiting while offline.
 */
export function AttachmentField({ id, attachments, onAdd, onRemove, describedBy, disabled }: AttachmentFieldProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const format = useHotlineFormat();
  const online = useOnline();
  const input = useRef<HTMLInputElement>(null);
  const full = attachments.length >= COMPLAINT_ATTACHMENT_LIMITS.maxFiles;
  return (
    <Flex vertical gap={8}>
      {/* A plain file input behind a button: one focus stop, works with the keyboard and in a Shadow DOM. */}
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        tabIndex={-1}
        aria-label={t('form.attach')}
        data-testid="attachment-input"
        onChange={(event) => {
          for (const file of Array.from(event.target.files ?? [])) onAdd(file);
          event.target.value = ''; // picking the same file again still counts
        }}
      />
      <Button
        id={id}
        icon={<PaperClipOutlined aria-hidden />}
        disabled={disabled || full}
        aria-describedby={describedBy}
        onClick={() => input.current?.click()}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('form.attach')}
      </Button>
      <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
        {t('form.attachHint', {
          count: COMPLAINT_ATTACHMENT_LIMITS.maxFiles,
          size: format.fileSize(COMPLAINT_ATTACHMENT_LIMITS.maxBytes),
        })}
      </Typography.Text>
      {attachments.length > 0 && (
        <ul
          aria-label={t('form.attachments')}
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            border: `1px solid ${token.colorBorder}`,
            borderRadius: token.borderRadius,
          }}
        >
          {attachments.map((file, index) => {
            const refused = file.state === 'refused';
            const status = refused
              ? t(`form.refusals.${file.refusal ?? 'unknown'}`, { defaultValue: t('form.refusals.unknown') })
              : file.state === 'uploaded'
                ? t('form.uploaded')
                : online
                  ? t('form.uploading')
                  : t('form.waitingToUpload');
            return (
              <li
                key={file.id}
                style={{
                  padding: '8px 12px',
                  borderTop: index ? `1px solid ${token.colorBorderSecondary}` : undefined,
                }}
              >
                <Flex gap={8} align="flex-start" justify="space-between">
                  <Flex gap={8} align="flex-start">
                    {refused ? (
                      <ExclamationCircleFilled aria-hidden style={{ color: token.colorError, marginTop: 4 }} />
                    ) : file.state === 'uploaded' ? (
                      <CheckCircleFilled aria-hidden style={{ color: token.colorSuccess, marginTop: 4 }} />
                    ) : (
                      <LoadingOutlined aria-hidden style={{ marginTop: 4 }} />
                    )}
                    <Flex vertical>
                      <Typography.Text>
                        {file.name} <Typography.Text type="secondary">({format.fileSize(file.size)})</Typography.Text>
                      </Typography.Text>
                      <Typography.Text type={refused ? 'danger' : 'secondary'} role={refused ? 'alert' : undefined}>
                        {status}
                      </Typography.Text>
                    </Flex>
                  </Flex>
                  <Button
                    type="text"
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('form.remove', { name: file.name })}
                    onClick={() => onRemove(file.id)}
                    disabled={disabled}
                  />
                </Flex>
              </li>
            );
          })}
        </ul>
      )}
    </Flex>
  );
}
