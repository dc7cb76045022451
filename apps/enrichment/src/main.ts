import './tracing';
import { runService } from '@accord/platform';
import { EnrichmentModule } from './app.module';
import { enrichmentConfigSchema } from './config/enrichment-config';

void runService({ service: 'enrichment', configSchema: enrichmentConfigSchema, module: EnrichmentModule.register });
