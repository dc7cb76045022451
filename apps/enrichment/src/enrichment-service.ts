import { RunServiceOptions } from '@accord/platform';
import { EnrichmentModule } from './app.module';
import { EnrichmentConfig, enrichmentConfigSchema } from './config/enrichment-config';

const csvBodyLimitBytes = 10 * 1_048_576;

/** How the service starts, shared by main and the tests that start it in-process. */
export const enrichmentService: RunServiceOptions<EnrichmentConfig> = {
  service: 'enrichment',
  configSchema: enrichmentConfigSchema,
  module: EnrichmentModule.register,
  configureHttp: (app) => {
    app
      .getHttpAdapter()
      .getInstance()
      .addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: csvBodyLimitBytes }, (_request, body, done) => done(null, body));
  },
};
