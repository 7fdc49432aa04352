export declare const DEFAULT_CHROMIUM: string;
/** The Chromium to launch: CHROMIUM_PATH, else Debian's. */
export declare function chromiumExecutable(): string;
/** Flags for Debian's Chromium as root on a closed network (ARCHITECTURE.md §5). */
export declare const CHROMIUM_ARGS: string[];
