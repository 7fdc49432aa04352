import type { ThemeConfig } from 'antd';

/**
 * Tag colours dark enough for white text to reach WCAG AA contrast (4.5:1); antd's preset tag
 * colours (light background, mid-tone text) do not.
 */
export const TAG_COLORS = {
  green: '#237804',
  red: '#a8071a',
  gold: '#874d00',
  orange: '#873800',
  blue: '#0958d9',
  cyan: '#006d75',
  purple: '#531dab',
  grey: '#595959',
} as const;

/** The module's theme on top of the suite's: secondary text and links with AA contrast. */
export const accessibleTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1356a8',
    colorLink: '#1356a8',
    colorError: '#cf1322',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
  },
};
