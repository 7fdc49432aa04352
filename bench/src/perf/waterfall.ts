import type { RecordedRequest } from './network.ts';

type Timed = Pick<RecordedRequest, 'sentAt' | 'finishedAt'>;

/**
 * Depth of the request waterfall: the longest chain of requests where each was sent only after the
 * one before it had arrived (the page → its script → the manifest it reads → the module it names →
 * the data that module fetches). Each level costs at least a round trip, which is what a slow network
 * makes expensive. A request's parent is the latest one to finish before it was sent: the DevTools
 * initiator cannot be used, as the federation runtime's imports report none.
 */
export function waterfallDepth(requests: Timed[]): number {
  const byFinish = requests.filter((r) => r.finishedAt !== undefined).sort((a, b) => a.finishedAt! - b.finishedAt!);
  const depths = new Map<Timed, number>();
  const depthOf = (request: Timed): number => {
    const known = depths.get(request);
    if (known !== undefined) return known;
    let parent: Timed | undefined;
    for (const candidate of byFinish) {
      if (candidate.finishedAt! > request.sentAt) break;
      if (candidate !== request) parent = candidate;
    }
    const depth = parent ? 1 + depthOf(parent) : 1;
    depths.set(request, depth);
    return depth;
  };
  return requests.reduce((max, request) => Math.max(max, depthOf(request)), 0);
}
