import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { createLogger, type LoggerOptions } from './create-logger';
import { requestLoggingOptions } from './request-logging';
import { RequestRouteRecorder } from './request-route.recorder';

export interface TelemetryLoggingOptions extends LoggerOptions {
  /** Where log lines go; standard output when omitted. */
  destination?: DestinationStream;
}

/**
 * Nest's own logs, application logs and one line per HTTP request, all through one pino logger.
 * Pair with `useTelemetryLogger(app)` so that Nest's logger is replaced as well.
 */
@Module({})
export class TelemetryLoggingModule {
  static forRoot(options: TelemetryLoggingOptions): DynamicModule {
    const { destination, ...loggerOptions } = options;
    return {
      module: TelemetryLoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: requestLoggingOptions(createLogger(loggerOptions, destination)),
        }),
      ],
      providers: [RequestRouteRecorder],
      exports: [LoggerModule],
    };
  }
}
