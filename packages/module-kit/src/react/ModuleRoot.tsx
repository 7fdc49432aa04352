import IconContext from '@ant-design/icons/es/components/Context';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import { Suspense, useEffect, useMemo, useState, useSyncExternalStore, type ComponentType } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { ModuleHost, ModuleIsolation } from '@sw/contracts';
import type { PrefetchPage } from '../pagePrefetch.ts';
import { antdLocaleFor } from './antdLocale.ts';
import { ModuleContext } from './HostContext.ts';
import { createModuleI18n, type ModuleResources } from './i18n.ts';
import { IsolationProvider } from './IsolationProvider.tsx';
import { apiClientFor } from './moduleApi.ts';
import { ModuleErrorBoundary } from './ModuleErrorBoundary.tsx';
import { createModuleQueryClient } from './queryClient.ts';
import { suiteTheme, SUITE_ICON_PREFIX, SUITE_PREFIX } from './theme.ts';

export interface ModuleDefinition {
  /** Kebab-case module name; also its i18next namespace. */
  name: string;
  /** The module's texts; each locale must have a `title`. */
  resources: ModuleResources;
  /**
   * The module's top component (usually its routes); may be lazy. Made with `lazyApp`, the module's
   * mount loads it before the first render.
   */
  App: ComponentType;
  /** Starts the queries of the page the module is mounted on while its code loads (see `PrefetchPage`). */
  prefetch?: PrefetchPage;
}

interface ModuleRootProps {
  definition: ModuleDefinition;
  host: ModuleHost;
  isolation?: ModuleIsolation;
  /** The query client the module's mount made (and prefetched with); a new one otherwise. */
  queryClient?: QueryClient;
}

/** Wraps a module in everything it needs: host, API client, i18n, antd config, queries, error boundary. */
export function ModuleRoot({ definition, host, isolation, queryClient: mountQueryClient }: ModuleRootProps) {
  const { name, resources, App } = definition;
  const locale = useSyncExternalStore(host.locale.subscribe, host.locale.get, host.locale.get);
  const [i18n] = useState(() => createModuleI18n(name, resources, locale));
  // Switch i18next from the host's notification itself (not while rendering): resources are bundled so
  // the switch is synchronous, and React batches it with the locale update into one render.
  useEffect(() => {
    const follow = (next: typeof locale) => void i18n.changeLanguage(next);
    follow(host.locale.get()); // in case it changed between the first render and this effect
    return host.locale.subscribe(follow);
  }, [host, i18n]);
  const [queryClient] = useState(() => mountQueryClient ?? createModuleQueryClient());
  // What the API returns depends on who asks: refetch everything when the user signs in or out.
  useEffect(() => host.auth.subscribe(() => void queryClient.invalidateQueries()), [host, queryClient]);
  // Unmounted means gone: drop the cache and its garbage-collection timers with it — after the
  // children's query observers have let go (they schedule those timers while unsubscribing).
  useEffect(() => () => queueMicrotask(() => queryClient.clear()), [queryClient]);
  const context = useMemo(() => ({ name, host, api: apiClientFor(host) }), [name, host]);
  // Icons are not a shared singleton (federation.ts): each module bundles the few it uses, so antd's
  // ConfigProvider (shared) cannot reach their context. Give them the suite's prefix and nonce here.
  const nonce = isolation?.nonce;
  const iconContext = useMemo(() => ({ prefixCls: SUITE_ICON_PREFIX, ...(nonce && { csp: { nonce } }) }), [nonce]);
  const title = String(resources[locale].title ?? name);
  return (
    <ModuleContext.Provider value={context}>
      <I18nextProvider i18n={i18n}>
        <IsolationProvider isolation={isolation}>
          <ConfigProvider
            prefixCls={SUITE_PREFIX}
            iconPrefixCls={SUITE_ICON_PREFIX}
            locale={antdLocaleFor(locale)}
            theme={suiteTheme}
            {...(isolation && {
              getPopupContainer: () => isolation.popupContainer,
              ...(isolation.nonce && { csp: { nonce: isolation.nonce } }),
            })}
          >
            <IconContext.Provider value={iconContext}>
              <QueryClientProvider client={queryClient}>
                <AntApp component={false}>
                  <div className="sw-module" data-module={name} lang={locale}>
                    <ModuleErrorBoundary
                      moduleTitle={title}
                      onError={(error) => host.reportError(error, { module: name, phase: 'runtime' })}
                    >
                      <Suspense fallback={<Spin aria-label={String(i18n.t('common:loading'))} />}>
                        <App />
                      </Suspense>
                    </ModuleErrorBoundary>
                  </div>
                </AntApp>
              </QueryClientProvider>
            </IconContext.Provider>
          </ConfigProvider>
        </IsolationProvider>
      </I18nextProvider>
    </ModuleContext.Provider>
  );
}
