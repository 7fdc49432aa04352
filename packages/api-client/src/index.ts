export { createApiClient } from './client.ts';
export type { ApiClient, ApiClientOptions, QueryValue, RequestOptions } from './client.ts';
export { ApiError, ContractError, NetworkError, isRetryable } from './errors.ts';
