import type { FieldError } from './fees.ts';

/** The part of a zod issue read here: zod's own issues fit, so callers need not depend on zod. */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  code: string;
  message: string;
  /** Unknown keys (`unrecognized_keys`). */
  keys?: readonly string[];
  /** The allowed values (`invalid_value`). */
  values?: readonly unknown[];
}

/**
 * A refused request body as problem+json `errors`, worded alike by the server and the mocks (the
 * contract tests compare them): dotted paths (`name.en`, `ports.1`), one entry per unknown field.
 */
export function fieldErrorsFromZod(error: { issues: readonly SchemaIssue[] }): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({
        path: base ? `${base}.${key}` : key,
        message: 'unknown field',
        code: issue.code,
      }));
    }
    return [{ path: base, message: issue.message, code: issue.code }];
  });
}

/**
 * Refused query parameters as problem+json `errors`: the parameter as `path`, and for a value not
 * in a list the value itself and what is allowed (`"air2" is not one of: sea, air, land`). `raw` is
 * what was parsed: strings, or lists of strings for list parameters.
 */
export function fieldErrorsFromQuery(
  raw: Readonly<Record<string, unknown>>,
  error: { issues: readonly SchemaIssue[] },
): FieldError[] {
  return error.issues.map((issue): FieldError => {
    const [key, index] = issue.path;
    const path = String(key ?? '');
    const field = raw[path];
    const value = Array.isArray(field) && typeof index === 'number' ? (field[index] as unknown) : field;
    const message =
      issue.code === 'invalid_value' && issue.values
        ? `"${String(value)}" is not one of: ${issue.values.map(String).join(', ')}`
        : issue.message;
    return { path, message, code: issue.code };
  });
}
