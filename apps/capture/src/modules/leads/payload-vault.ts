import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { sealPayload } from './domain/payload-cipher';

/** Seals raw submissions with PAYLOAD_ENCRYPTION_KEY; without a key nothing raw is kept, never anything in clear. */
@Injectable()
export class PayloadVault {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: CaptureConfig) {}

  seal(payload: unknown): Buffer | null {
    return this.config.PAYLOAD_ENCRYPTION_KEY ? sealPayload(this.config.PAYLOAD_ENCRYPTION_KEY, payload) : null;
  }
}
