// zod's core config, shared by classic zod and zod/mini: importing it from zod/mini keeps classic
// zod out of bundles that only need the release schemas (the shell).
import { config } from 'zod/mini';
import { en } from 'zod/locales';

// No code generation in zod: its JIT would probe `Function('')` while building the first object
// schema, which a strict Content-Security-Policy (no 'unsafe-eval') refuses when the suite is
// embedded in other sites. This module is imported first by index.ts, before any schema exists.
// English issue messages as classic zod sets them on import: zod/mini alone has none ("Invalid
// input"), and the shell's error page and the release tools show these messages.
config({ jitless: true, ...en() });
