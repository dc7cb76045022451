import { hostname } from 'node:os';
import { type DestinationStream, type LevelWithSilent, type Logger, pino } from 'pino';
import { activeTraceFields } from './active-trace-fields';
import { withoutPersonalData } from './personal-data-redaction';

export interface LoggerOptions {
  serviceName: string;
  level?: LevelWithSilent;
}

/** A JSON logger stamped with the service and the active trace, with personal data redacted. */
export function createLogger(options: LoggerOptions, destination?: DestinationStream): Logger {
  const settings = {
    level: options.level ?? 'info',
    base: { service: options.serviceName, pid: process.pid, hostname: hostname() },
    mixin: activeTraceFields,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label: string) => ({ level: label }),
      bindings: withoutPersonalData,
      log: withoutPersonalData,
    },
  };
  return destination === undefined ? pino(settings) : pino(settings, destination);
}
