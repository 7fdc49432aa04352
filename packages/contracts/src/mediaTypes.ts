// Without any schema: the `@sw/contracts/media-types` entry, for code that must not pull zod into a
// page's first scripts (the API client of the frame, which every portal page runs).

/** RFC 9457 problem details, the media type of every error answer of the API. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
