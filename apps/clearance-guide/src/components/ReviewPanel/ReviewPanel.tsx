import { Alert, Button, Card, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@sw/api-client';
import type { DraftReviewRequest } from '@sw/contracts';

interface ReviewPanelProps {
  onReview(decision: DraftReviewRequest): Promise<unknown>;
  busy: boolean;
}

/** The single-window team's decision on a submitted proposal: approve, or reject with a comment for the agency. */
export function ReviewPanel({ onReview, busy }: ReviewPanelProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const decide = async (decision: DraftReviewRequest['decision']) => {
    setError(undefined);
    if (decision === 'reject' && !comment.trim()) {
      setError(t('validation.comment'));
      return;
    }
    try {
      await onReview({ decision, ...(comment.trim() ? { comment: comment.trim() } : {}) });
    } catch (failure) {
      if (failure instanceof ApiError && failure.problem.errors?.some((e) => e.path === 'comment'))
        setError(t('validation.comment'));
      else throw failure;
    }
  };
  return (
    <Card title={t('review.title')} style={{ marginBottom: 16 }}>
      <Form layout="vertical">
        <Form.Item
          label={t('review.comment')}
          extra={t('review.commentHint')}
          validateStatus={error ? 'error' : undefined}
          help={error}
          htmlFor="cg-review-comment"
        >
          <Input.TextArea
            id="cg-review-comment"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            maxLength={2000}
            autoSize={{ minRows: 2 }}
          />
        </Form.Item>
      </Form>
      <Flex gap={8}>
        <Button type="primary" loading={busy} onClick={() => void decide('approve')}>
          {t('review.approve')}
        </Button>
        <Button danger loading={busy} onClick={() => void decide('reject')}>
          {t('review.reject')}
        </Button>
      </Flex>
      {error && <Alert className="cg-visually-hidden" type="error" role="alert" message={error} />}
    </Card>
  );
}
