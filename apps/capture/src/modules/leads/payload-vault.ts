import { createSecretKey, KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { sealPayload } from './domain/payload-cipher';

/** Seals raw submissions with PAYLOAD_ENCRYPTION_KEY; without a key nothing raw is kept, never anything in clear. */
@Injectable()
export class PayloadVault {
  private readonly key: KeyObject | null;

  constructor(@Inject(SERVICE_CONFIG) config: CaptureConfig) {
    this.key = config.PAYLOAD_ENCRYPTION_KEY ? createSecretKey(config.PAYLOAD_ENCRYPTION_KEY) : null;
  }

  seal(payload: unknown): Buffer | null {
    return this.key ? sealPayload(this.key, payload) : null;
  }
}
