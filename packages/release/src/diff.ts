// Comparing releases is shared with the mocks and the console, so it lives with the schemas.
export { describeChange, diffReleases, testingSummary } from '@sw/contracts';
