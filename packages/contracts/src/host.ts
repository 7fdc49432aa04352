import type { Principal } from './api/auth.ts';
import type { Locale } from './locale.ts';
import type { NavigationPayloads, SuiteEventName, SuiteEvents, SuiteRoute } from './events.ts';

export type Unsubscribe = () => void;

/** The typed event bus the shell provides; modules never talk to each other directly. */
export interface EventBus {
  emit<K extends SuiteEventName>(name: K, payload: SuiteEvents[K]): void;
  on<K extends SuiteEventName>(name: K, listener: (payload: SuiteEvents[K]) => void): Unsubscribe;
}

export interface LocaleSource {
  get(): Locale;
  set(locale: Locale): void;
  subscribe(listener: (locale: Locale) => void): Unsubscribe;
}

export interface ModuleLocation {
  pathname: string;
  /** The query string with its leading `?`, or empty. */
  search: string;
}

export interface Navigator {
  /** Opens a suite route, optionally with a payload for the module that owns it. */
  navigate<R extends SuiteRoute>(route: R, payload?: NavigationPayloads[R], search?: string): void;
  /** Returns (and clears) the payload another module sent to this route, if any. */
  takePayload<R extends SuiteRoute>(route: R): NavigationPayloads[R] | undefined;
  /**
   * Where the module is: the page URL in the shell; a private, in-memory location when embedded in
   * another site (so a module never rewrites the host page's address).
   */
  location(): ModuleLocation;
  /** Opens a path inside the current module (e.g. `/fees/fee-pilotage`), adding a history entry. */
  push(path: string): void;
  /** Replaces the query string in place (no history entry), e.g. to keep filters in a shareable link. */
  replaceSearch(search: string): void;
  /** Called after every change of location. */
  subscribe(listener: () => void): Unsubscribe;
}

/** The signed-in user's session as the host keeps it (the token stays opaque to modules). */
export interface Session {
  token: string;
  user: Principal;
  /** ISO date-time after which the token is no longer accepted. */
  expiresAt: string;
}

/**
 * Who the user is. In the suite the shell keeps the session (signed in through the portal or, in
 * development, the demo login); embedded in the legacy site, the host page provides the token.
 */
export interface AuthSource {
  /** The bearer token for API calls, or undefined for the anonymous public. */
  getToken(): Promise<string | undefined>;
  /** The current user, or undefined when anonymous. */
  user(): Principal | undefined;
  signIn(session: Session): void;
  signOut(): void;
  subscribe(listener: (user: Principal | undefined) => void): Unsubscribe;
}

/** A module listed in the current release, for menus and the landing page. */
export interface ModuleDescriptor {
  name: string;
  version: string;
  /** Routes of the module's applications (empty for header/footer-only modules). */
  routes: string[];
}

/**
 * Everything a module receives from whoever mounts it: the shell, the legacy-site embed or the
 * standalone dev harness. It is the module's whole view of the outside world.
 */
export interface ModuleHost {
  locale: LocaleSource;
  events: EventBus;
  navigation: Navigator;
  apiBaseUrl: string;
  auth: AuthSource;
  reportError(error: unknown, context: { module: string; phase: string }): void;
  modules(): ModuleDescriptor[];
  release: { id: string };
}

/**
 * Set when a module is mounted in isolation (inside a Shadow DOM in the legacy site): where its
 * styles go and where its popups (select, date picker, modal, drawer, tooltip, message…) render.
 */
export interface ModuleIsolation {
  styleContainer: ShadowRoot | HTMLElement;
  popupContainer: HTMLElement;
  /** CSP nonce for the style elements the module injects. */
  nonce?: string;
}

/** single-spa custom props every suite module is mounted with. */
export interface ModuleProps {
  host: ModuleHost;
  /** The element the module renders into (single-spa's domElement contract). */
  domElement?: HTMLElement;
  isolation?: ModuleIsolation;
}
