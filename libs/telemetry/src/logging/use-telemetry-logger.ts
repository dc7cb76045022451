import type { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';

/**
 * Routes Nest's own logs through the telemetry logger. Create the application with
 * `bufferLogs: true` so that start-up lines logged before this call go through it too.
 */
export function useTelemetryLogger(app: INestApplication): void {
  app.useLogger(app.get(Logger));
  // An HTTP application only stops buffering on listen(); flushing here serves init()-only use too.
  app.flushLogs();
}
