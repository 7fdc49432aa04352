import { ConfigProvider, Tag, type TagProps } from 'antd';
import type { ReactNode } from 'react';

/**
 * antd's default secondary, placeholder and link colours fall short of WCAG AA contrast (4.5:1) on
 * white (#8c8c8c is 3.4:1, #1677ff 4.1:1, #ff4d4f 3.2:1). Until the suite theme carries accessible
 * tokens, a module wraps its pages in these: secondary text #595959 (7:1), placeholders #666
 * (5.7:1), links in the suite's blue (#1356a8, 7.4:1), errors in a darker red (5.6:1).
 */
export const ACCESSIBLE_TOKENS = {
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
  colorTextDescription: 'rgba(0, 0, 0, 0.65)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
  colorLink: '#1356a8',
  colorLinkHover: '#2a6fc4',
  colorLinkActive: '#0e4587',
  colorError: '#cf1322',
  colorErrorText: '#a8071a',
};

export function AccessibleColors({ children }: { children: ReactNode }) {
  return <ConfigProvider theme={{ token: ACCESSIBLE_TOKENS }}>{children}</ConfigProvider>;
}

/** Tag colours with dark text on a light background (antd's preset tags are 2.7–3.9:1). */
export const TAG_TONES = {
  demo: { color: '#7c4a03', background: '#fffbe6', borderColor: '#ffd666' },
  success: { color: '#1f5e0a', background: '#f6ffed', borderColor: '#b7eb8f' },
  warning: { color: '#8a3c00', background: '#fff7e6', borderColor: '#ffc069' },
  error: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  info: { color: '#0e4587', background: '#e6f4ff', borderColor: '#91caff' },
  accent: { color: '#391085', background: '#f9f0ff', borderColor: '#d3adf7' },
  neutral: { color: '#434343', background: '#fafafa', borderColor: '#d9d9d9' },
} as const;
export type TagTone = keyof typeof TAG_TONES;

export function ToneTag({ tone, style, ...rest }: Omit<TagProps, 'color'> & { tone: TagTone }) {
  return <Tag {...rest} style={{ ...TAG_TONES[tone], ...style }} />;
}
