import React from 'react';
import * as ReactDOMClient from 'react-dom/client';
import singleSpaReact from 'single-spa-react';
import type { QueryClient } from '@tanstack/react-query';
import type { AppProps, LifeCycles } from 'single-spa';
import type { ModuleProps } from '@sw/contracts';
import { isLazyApp } from './lazyApp.ts';
import { pagePrefetchOn } from './pagePrefetch.ts';
import { ModuleRoot, type ModuleDefinition } from './react/ModuleRoot.tsx';
import { createModuleQueryClient } from './react/queryClient.ts';

export type ModuleLifecycles = LifeCycles<ModuleProps>;

/** What mount hands its first render besides the host's props: the query client it prefetched with. */
type RootProps = ModuleProps & AppProps & { queryClient?: QueryClient };

/**
 * Turns a module's definition into single-spa lifecycles (bootstrap, mount, unmount, update) that
 * any host can drive: the shell, the legacy-site embed or the standalone harness.
 *
 * Mount starts the page's queries (`prefetch`) and loads a `lazyApp` before the first render, so the
 * page's data is on its way while its code loads and the page appears without a Suspense fallback.
 */
export function defineModule(definition: ModuleDefinition): ModuleLifecycles {
  const { name, App, prefetch } = definition;
  let rendered = definition;
  const lifecycles = singleSpaReact<RootProps>({
    React,
    ReactDOMClient,
    renderType: 'createRoot',
    rootComponent: ({ host, isolation, queryClient }: RootProps) => (
      <ModuleRoot definition={rendered} host={host} isolation={isolation} queryClient={queryClient} />
    ),
    // Our boundary sits inside ModuleRoot; this one only catches a crash of the providers themselves.
    errorBoundary: (error: Error) => (
      <div role="alert" data-sw-error={name}>
        {name}: {error.message}
      </div>
    ),
    domElementGetter: (props: RootProps) => {
      if (!props.domElement) throw new Error(`module ${name} was mounted without a domElement`);
      return props.domElement;
    },
  });
  const mount = async (props: RootProps) => {
    const { host } = props;
    const queryClient = createModuleQueryClient();
    try {
      prefetch?.(pagePrefetchOn(host, queryClient));
    } catch (error) {
      // A prefetch is only a head start: the page asks for its data itself.
      host.reportError(error, { module: name, phase: 'prefetch' });
    }
    // A failed load rejects the mount: the host shows its error panel, whose Retry mounts again.
    if (isLazyApp(App)) rendered = { ...definition, App: await App.load() };
    return lifecycles.mount({ ...props, queryClient });
  };
  return {
    bootstrap: lifecycles.bootstrap,
    mount,
    unmount: lifecycles.unmount,
    ...(lifecycles.update ? { update: lifecycles.update } : {}),
  } as ModuleLifecycles;
}
