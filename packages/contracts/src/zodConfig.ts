import { z } from 'zod';

// No code generation in zod: its JIT would probe `Function('')` while building the first object
// schema, which a strict Content-Security-Policy (no 'unsafe-eval') refuses when the suite is
// embedded in other sites. This module is imported first by index.ts, before any schema exists.
z.config({ jitless: true });
