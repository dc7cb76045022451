import { startTracing } from '@accord/telemetry';

startTracing({ serviceName: 'hand-off' });
