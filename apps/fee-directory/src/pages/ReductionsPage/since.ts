/** The day of Shenzhen's pilotage cut: a telling default for "cuts since". */
export const DEFAULT_SINCE = '2022-04-01';

/** The search parameter that holds the date. */
export const SINCE_KEYS = ['since'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD. */
export const isDate = (value: string) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));

/** The date the page's `since` parameter asks for; the default when it names none or no real date. */
export function sinceOf(params: URLSearchParams): string {
  const value = params.get('since') ?? '';
  return isDate(value) ? value : DEFAULT_SINCE;
}
