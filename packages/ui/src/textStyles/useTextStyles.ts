import { theme } from 'antd';
import { useMemo, type CSSProperties } from 'react';

/**
 * antd Typography's colours and heading weight as plain styles, from the page's theme, for static
 * text repeated down a page (list cards, meters): a `Typography.Text` is six components and a
 * dozen hooks an instance, mostly for ellipsis, copy and edit such text never uses. On /clearance's
 * list they were a fifth of what a language switch rendered. Call it once per card, not per line.
 */
export function useTextStyles() {
  const { token } = theme.useToken();
  return useMemo(
    () =>
      ({
        secondary: { color: token.colorTextSecondary },
        strong: { fontWeight: token.fontWeightStrong },
        heading: {
          color: token.colorTextHeading,
          fontWeight: token.fontWeightStrong,
          lineHeight: token.lineHeightHeading3,
          margin: 0,
        },
        paragraph: { margin: 0 },
      }) satisfies Record<string, CSSProperties>,
    [token],
  );
}
