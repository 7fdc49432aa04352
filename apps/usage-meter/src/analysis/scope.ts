import {
  PORT_IDS,
  USAGE_BUSINESSES,
  USAGE_MODES,
  usageModeOf,
  type Port,
  type PortId,
  type UsageBusiness,
  type UsageMode,
} from '@sw/contracts';

/** What the page looks at: all of Shenzhen, one kind of port (sea, air, land) or one port. */
export interface UsageScope {
  mode?: UsageMode;
  port?: PortId;
}

/** The page's view as it lives in the URL: the scope and the business the league and projection focus on. */
export interface UsageView extends UsageScope {
  business: UsageBusiness;
}

export const DEFAULT_BUSINESS: UsageBusiness = 'goods';

/** The query parameters the view lives in; the page owns them (other parameters, e.g. `lang`, are kept). */
export const VIEW_KEYS = ['mode', 'port', 'business'] as const;

/** Reads the view from a query string; unknown values are ignored (a shared link never breaks the page). */
export function viewFromSearch(search: string): UsageView {
  const params = new URLSearchParams(search);
  const mode = params.get('mode');
  const port = params.get('port');
  const business = params.get('business');
  return {
    ...((USAGE_MODES as readonly string[]).includes(mode ?? '') ? { mode: mode as UsageMode } : {}),
    ...((PORT_IDS as readonly string[]).includes(port ?? '') ? { port: port as PortId } : {}),
    business: (USAGE_BUSINESSES as readonly string[]).includes(business ?? '')
      ? (business as UsageBusiness)
      : DEFAULT_BUSINESS,
  };
}

/** Writes the view into a query string, keeping parameters the page does not own (e.g. `lang`). */
export function searchWithView(search: string, view: UsageView): string {
  const params = new URLSearchParams(search);
  for (const key of VIEW_KEYS) params.delete(key);
  if (view.mode) params.set('mode', view.mode);
  if (view.port) params.set('port', view.port);
  if (view.business !== DEFAULT_BUSINESS) params.set('business', view.business);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The ports a scope covers, in the suite's port order. */
export function portsInScope(ports: readonly Port[], scope: UsageScope): PortId[] {
  return ports
    .filter((port) => (scope.port ? port.id === scope.port : !scope.mode || usageModeOf(port.mode) === scope.mode))
    .map((port) => port.id);
}
