import { startTracing } from '@accord/telemetry';

startTracing({ serviceName: 'enrichment' });
