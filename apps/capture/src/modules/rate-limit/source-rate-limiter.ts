import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { TakeResult, TokenBucket } from './domain/token-bucket';

/** One token bucket per lead source, in this process. */
@Injectable()
export class SourceRateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(@Inject(SERVICE_CONFIG) private readonly config: CaptureConfig) {}

  take(source: string): TakeResult {
    const now = Date.now();
    let bucket = this.buckets.get(source);
    if (!bucket) {
      bucket = new TokenBucket(this.config.RATE_LIMIT_PER_SECOND, this.config.RATE_LIMIT_BURST, now);
      this.buckets.set(source, bucket);
    }
    return bucket.take(now);
  }
}
