/* global TextEncoder */
import { FakeOfficeError } from "./errors";

/** What a batch cost: round trips and the size of what crossed the boundary, as Office measures it. */
export interface SyncMetrics {
  syncs: number;
  /** Bytes of the largest request (JSON of the queued operations) sent in one sync. */
  largestRequest: number;
  /** Bytes of the largest response (JSON of loaded values) returned by one sync. */
  largestResponse: number;
  /** Every sync's request size, in order. */
  requests: number[];
  calculationSuspended: number;
}

export function emptyMetrics(): SyncMetrics {
  return { syncs: 0, largestRequest: 0, largestResponse: 0, requests: [], calculationSuspended: 0 };
}

/** Excel on the web refuses requests and responses above 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface Operation {
  /** What would be sent to Excel, for the size of the request. */
  readonly request: unknown;
  /** Applies the operation; returns what Excel would send back (loaded values), if anything. */
  readonly run: () => unknown;
}

const encoder = new TextEncoder();
function bytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

/** The queue of operations between two syncs, with Office's batching semantics. */
export class OperationQueue {
  private pending_: Operation[] = [];
  constructor(
    readonly metrics: SyncMetrics,
    readonly limit: number = PAYLOAD_LIMIT,
    private readonly afterSync: () => void = () => undefined
  ) {}

  get pending(): number {
    return this.pending_.length;
  }

  enqueue(operation: Operation): void {
    this.pending_.push(operation);
  }

  /** Drops what is queued: a batch Excel refused before running any of it. */
  discard(): void {
    this.pending_ = [];
  }

  /** Runs everything queued, in order, as one round trip. Throws as Office would, and then nothing more runs. */
  async sync(): Promise<void> {
    const batch = this.pending_;
    this.pending_ = [];
    this.metrics.syncs++;
    const requestSize = bytes(batch.map((op) => op.request));
    this.metrics.requests.push(requestSize);
    this.metrics.largestRequest = Math.max(this.metrics.largestRequest, requestSize);
    if (requestSize > this.limit) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${requestSize} bytes) has exceeded the limit of ${this.limit} bytes.`
      );
    }
    const responses: unknown[] = [];
    try {
      for (const op of batch) responses.push(op.run());
    } finally {
      this.afterSync();
    }
    const responseSize = bytes(responses);
    this.metrics.largestResponse = Math.max(this.metrics.largestResponse, responseSize);
    if (responseSize > this.limit) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${responseSize} bytes) has exceeded the limit of ${this.limit} bytes.`
      );
    }
    // Office resolves sync() asynchronously; so do we, so callers cannot depend on ordering tricks.
    await Promise.resolve();
  }
}
