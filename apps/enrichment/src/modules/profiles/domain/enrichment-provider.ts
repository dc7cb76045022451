import { Claims, FactValue } from './fact';

export type ProviderInput = Record<string, FactValue>;

export interface ProviderLimits {
  /**
   * How long to wait for an answer. Absent for a provider that answers in this process without waiting on
   * anything: no timer can interrupt it, so it runs under its circuit breaker alone.
   */
  timeoutMs?: number;
  /** Answers are cached per input for this long; absent means the provider is cheap enough to ask every time. */
  cacheTtlSeconds?: number;
  ratePerSecond?: number;
  burst?: number;
}

/**
 * A source of facts. It runs once every field it `needs` is known, may read the fields it `uses`
 * when they are, and makes claims only about the fields it `yields`.
 */
export interface EnrichmentProvider {
  readonly name: string;
  readonly needs: readonly string[];
  readonly uses?: readonly string[];
  readonly yields: readonly string[];
  readonly limits: ProviderLimits;
  enrich(input: ProviderInput, signal: AbortSignal): Claims | Promise<Claims>;
}

/** The provider cannot answer now but may later (queued, throttled); it is retried without counting as a fault. */
export class ProviderDeferredError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'ProviderDeferredError';
  }
}
