import { StyleProvider, createCache } from '@ant-design/cssinjs';
import { useState, type ReactNode } from 'react';
import type { ModuleIsolation } from '@sw/contracts';

/**
 * In isolation (a Shadow DOM in the legacy site), antd's styles go into the module's own root with
 * their own cache: a style already added to the page's head (or another shadow root) would
 * otherwise be skipped here and never reach this root.
 */
export function IsolationProvider({ isolation, children }: { isolation?: ModuleIsolation; children: ReactNode }) {
  const [cache] = useState(createCache);
  if (!isolation) return children;
  return (
    <StyleProvider container={isolation.styleContainer} cache={cache}>
      {children}
    </StyleProvider>
  );
}
