import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReleaseChannelState, ReleaseManifest } from '@sw/contracts';
import { useFormat } from '../../format/useFormat.ts';

/** Who put a release on its channel and when, who composed it, and its notes. */
export function ReleaseFacts({
  state,
  manifest,
}: {
  state: ReleaseChannelState;
  manifest?: ReleaseManifest | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { createdBy, createdAt, notes, basedOn } = manifest?.release ?? {};
  const items = [
    { key: 'setAt', label: t('release.setAt'), children: format.dateTime(state.updatedAt) },
    { key: 'setBy', label: t('release.setBy'), children: state.updatedBy },
    { key: 'revision', label: t('release.revision'), children: state.revision },
    ...(createdAt ? [{ key: 'createdAt', label: t('release.createdAt'), children: format.dateTime(createdAt) }] : []),
    ...(createdBy ? [{ key: 'createdBy', label: t('release.createdBy'), children: createdBy }] : []),
    ...(basedOn ? [{ key: 'basedOn', label: t('release.basedOn'), children: basedOn }] : []),
    ...(notes ? [{ key: 'notes', label: t('release.notes'), children: notes, span: 3 }] : []),
  ];
  return <Descriptions size="small" column={{ xs: 1, md: 3 }} items={items} />;
}
