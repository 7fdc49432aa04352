import { Form, Input, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmChangeProps {
  open: boolean;
  title: string;
  okText: string;
  busy: boolean;
  onConfirm: (note: string | undefined) => void;
  onCancel: () => void;
  children: ReactNode;
}

/** Asks before production changes, shows what will change, and takes an optional note for the history. */
export function ConfirmChange({ open, title, okText, busy, onConfirm, onCancel, children }: ConfirmChangeProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('confirm.cancel')}
      okButtonProps={{ danger: true, loading: busy }}
      onOk={() => onConfirm(note.trim() || undefined)}
      onCancel={onCancel}
      destroyOnHidden
    >
      {children}
      <Form layout="vertical" style={{ marginTop: 16 }}>
        <Form.Item label={t('note.label')} htmlFor="release-note">
          <Input.TextArea
            id="release-note"
            value={note}
            maxLength={500}
            autoSize={{ minRows: 2, maxRows: 4 }}
            placeholder={t('note.placeholder')}
            onChange={(event) => setNote(event.target.value)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
