import { createContext, useContext } from 'react';
import type { ModuleHost } from '@sw/contracts';
import type { ApiClient } from '@sw/api-client';

export interface ModuleContextValue {
  name: string;
  host: ModuleHost;
  api: ApiClient;
}

export const ModuleContext = createContext<ModuleContextValue | null>(null);

function useModuleContext(): ModuleContextValue {
  const value = useContext(ModuleContext);
  if (!value) throw new Error('this hook must be used inside a module created with defineModule()');
  return value;
}

/** The outside world as the host provides it (locale, events, navigation, auth). */
export function useHost(): ModuleHost {
  return useModuleContext().host;
}

/** The typed portal API client, configured with the host's base URL, token and language. */
export function useApi(): ApiClient {
  return useModuleContext().api;
}

export function useModuleName(): string {
  return useModuleContext().name;
}
