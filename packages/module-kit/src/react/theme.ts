import type { ThemeConfig } from 'antd';

/** antd class prefix for every suite module, so our classes never collide with a host's antd. */
export const SUITE_PREFIX = 'sw';
export const SUITE_ICON_PREFIX = 'sw-icon';

/** The single window's blue, with system Chinese fonts first. */
export const suiteTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1356a8',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
};
