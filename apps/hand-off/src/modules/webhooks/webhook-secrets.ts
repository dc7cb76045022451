import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SecretCipher, SERVICE_CONFIG } from '@accord/platform';
import { HandOffConfig } from '../../config/hand-off-config';
import { HandOffDatabase } from '../../database/hand-off-database';

/**
 * Subscribers' signing secrets, encrypted at rest with WEBHOOK_SECRET_KEYS (they sign every
 * delivery, so they cannot be hashed). At start-up, secrets sealed with an older key, or stored
 * before encryption was configured, are sealed again with the current key.
 */
@Injectable()
export class WebhookSecrets implements OnApplicationBootstrap {
  private readonly cipher: SecretCipher;
  private readonly logger = new Logger('webhooks');

  constructor(
    @Inject(SERVICE_CONFIG) config: HandOffConfig,
    private readonly database: HandOffDatabase,
  ) {
    this.cipher = new SecretCipher(config.WEBHOOK_SECRET_KEYS);
  }

  seal(secret: string): string {
    return this.cipher.seal(secret);
  }

  open(stored: string): string {
    return this.cipher.open(stored);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.cipher.enabled) {
      this.logger.warn('WEBHOOK_SECRET_KEYS is not set: webhook signing secrets are stored unencrypted');
      return;
    }
    const subscriptions = await this.database.webhookSubscription.findMany({ select: { id: true, secret: true } });
    const stale = subscriptions.filter((subscription) => this.cipher.isStale(subscription.secret));
    for (const { id, secret } of stale) {
      await this.database.webhookSubscription.updateMany({ where: { id, secret }, data: { secret: this.cipher.seal(this.cipher.open(secret)) } });
    }
    if (stale.length > 0) this.logger.log(`sealed ${stale.length} webhook secret(s) with the current key`);
  }
}
