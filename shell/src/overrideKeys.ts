/** Where a tester's overrides are kept in their browser (module name → version or URL). */
export const OVERRIDES_KEY = 'sw.overrides';
/** `?sw-override=fee-directory@1.3.0`, `?sw-override=fee-directory@http://localhost:5102/mf-manifest.json`, `?sw-override=off`. */
export const OVERRIDE_PARAM = 'sw-override';
