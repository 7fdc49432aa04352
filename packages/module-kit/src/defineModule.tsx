import React from 'react';
import * as ReactDOMClient from 'react-dom/client';
import singleSpaReact from 'single-spa-react';
import type { AppProps, LifeCycles } from 'single-spa';
import type { ModuleProps } from '@sw/contracts';
import { ModuleRoot, type ModuleDefinition } from './react/ModuleRoot.tsx';

export type ModuleLifecycles = LifeCycles<ModuleProps>;

/**
 * Turns a module's definition into single-spa lifecycles (bootstrap, mount, unmount, update) that
 * any host can drive: the shell, the legacy-site embed or the standalone harness.
 */
export function defineModule(definition: ModuleDefinition): ModuleLifecycles {
  const lifecycles = singleSpaReact<ModuleProps>({
    React,
    ReactDOMClient,
    renderType: 'createRoot',
    rootComponent: ({ host, isolation }: ModuleProps & AppProps) => (
      <ModuleRoot definition={definition} host={host} isolation={isolation} />
    ),
    // Our boundary sits inside ModuleRoot; this one only catches a crash of the providers themselves.
    errorBoundary: (error: Error) => (
      <div role="alert" data-sw-error={definition.name}>
        {definition.name}: {error.message}
      </div>
    ),
    domElementGetter: (props: ModuleProps & AppProps) => {
      if (!props.domElement) throw new Error(`module ${definition.name} was mounted without a domElement`);
      return props.domElement;
    },
  });
  return {
    bootstrap: lifecycles.bootstrap,
    mount: lifecycles.mount,
    unmount: lifecycles.unmount,
    ...(lifecycles.update ? { update: lifecycles.update } : {}),
  } as ModuleLifecycles;
}
