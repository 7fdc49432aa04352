import type { CDPSession } from 'playwright-core';

/** A slow but common trader connection: 10 Mbit/s both ways, 40 ms added to every round trip. */
export const THROTTLED = {
  offline: false,
  latency: 40,
  downloadThroughput: (10 * 1024 * 1024) / 8,
  uploadThroughput: (10 * 1024 * 1024) / 8,
} as const;

export interface RecordedRequest {
  id: string;
  url: string;
  /** DevTools resource type: Document, Script, Stylesheet, Fetch, XHR, Image, Font… */
  type: string;
  /** Monotonic seconds (DevTools clock) when the request was sent. */
  sentAt: number;
  /** …and when its last byte arrived (undefined while in flight or when it failed). */
  finishedAt: number | undefined;
  /** Bytes received over the network, headers included (0 when served from the cache). */
  transferred: number;
  fromCache: boolean;
  status: number | undefined;
  finished: boolean;
}

/** Records every request of a page through the DevTools protocol, until `stop()`. */
export async function recordNetwork(cdp: CDPSession): Promise<{ requests: RecordedRequest[]; stop(): void }> {
  const byId = new Map<string, RecordedRequest>();
  const requests: RecordedRequest[] = [];
  let recording = true;
  cdp.on('Network.requestWillBeSent', (event) => {
    if (!recording || event.request.url.startsWith('data:')) return;
    // A redirect re-uses the id: the new hop is a new request.
    const request: RecordedRequest = {
      id: event.requestId,
      url: event.request.url,
      type: event.type ?? 'Other',
      sentAt: event.timestamp,
      finishedAt: undefined,
      transferred: 0,
      fromCache: false,
      status: undefined,
      finished: false,
    };
    byId.set(event.requestId, request);
    requests.push(request);
  });
  cdp.on('Network.requestServedFromCache', (event) => {
    const request = byId.get(event.requestId);
    if (request) request.fromCache = true;
  });
  cdp.on('Network.responseReceived', (event) => {
    const request = byId.get(event.requestId);
    if (!request) return;
    request.status = event.response.status;
    request.type = event.type;
    if (event.response.fromDiskCache || event.response.fromPrefetchCache) request.fromCache = true;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = byId.get(event.requestId);
    if (!request) return;
    request.finished = true;
    request.finishedAt = event.timestamp;
    request.transferred = request.fromCache ? 0 : event.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (event) => {
    const request = byId.get(event.requestId);
    if (request) request.finished = true;
  });
  await cdp.send('Network.enable');
  return {
    requests,
    stop: () => {
      recording = false;
    },
  };
}
