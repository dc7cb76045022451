import { RunServiceOptions } from '@accord/platform';
import { CaptureModule } from './app.module';
import { CaptureConfig, captureConfigSchema } from './config/capture-config';
import { configureCaptureHttp } from './http/configure-capture-http';

export const captureService: RunServiceOptions<CaptureConfig> = {
  service: 'capture',
  configSchema: captureConfigSchema,
  module: CaptureModule.register,
  configureHttp: configureCaptureHttp,
  // Webhook signatures are computed over the body exactly as sent.
  rawBody: true,
};
