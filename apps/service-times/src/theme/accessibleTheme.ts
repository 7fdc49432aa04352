import type { ThemeConfig } from 'antd';
import { ACCESSIBLE_TOKENS } from '@sw/ui';

/**
 * The suite's accessible text and link colours (`ACCESSIBLE_TOKENS` from @sw/ui), plus status
 * colours dark enough for WCAG AA (4.5:1): this module shows status in antd's own Tags and
 * Typography (success, warning, error, info), whose default greens and oranges reach 2.2–3.8:1.
 * The light tints behind them are pinned, as antd would derive greys from the darker seeds.
 */
export const accessibleTheme: ThemeConfig = {
  token: {
    ...ACCESSIBLE_TOKENS,
    colorInfo: '#1356a8',
    colorSuccess: '#237804',
    colorWarning: '#8f5200',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
  },
};
