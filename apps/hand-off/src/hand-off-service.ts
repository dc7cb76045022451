import { RunServiceOptions } from '@accord/platform';
import { HandOffModule } from './app.module';
import { HandOffConfig, handOffConfigSchema } from './config/hand-off-config';

/** Raw bodies are kept so signed outcome webhooks can be verified byte for byte. */
export const handOffService: RunServiceOptions<HandOffConfig> = {
  service: 'hand-off',
  configSchema: handOffConfigSchema,
  module: HandOffModule.register,
  rawBody: true,
};
