import { DynamicModule, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { z } from 'zod';
import { ConfigurationError, loadConfig, ServiceConfig } from '@accord/config';
import { KafkaEventServer } from '@accord/messaging';
import { useTelemetryLogger } from '@accord/telemetry';
import { assertAuthConfigured } from '../auth/authenticator';
import { recordRoutes } from './registered-routes';

export interface RunServiceOptions<Config extends ServiceConfig> {
  service: string;
  configSchema: z.ZodType<Config>;
  module: (config: Config) => DynamicModule;
  bodyLimitBytes?: number;
  /** Keep each request's raw body (request.rawBody), e.g. to verify webhook signatures. */
  rawBody?: boolean;
  /** Fastify plugins and Nest settings a service needs before it starts (parsers, CORS, docs). */
  configureHttp?: (app: NestFastifyApplication, config: Config) => Promise<void> | void;
}

function loadConfigOrExit<Config extends ServiceConfig>(service: string, schema: z.ZodType<Config>): Config {
  try {
    const config = loadConfig(schema);
    assertAuthConfigured(config);
    return config;
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`${service}: ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}

/** Starts HTTP and the event consumer; on SIGTERM stops consuming, drains, flushes the outbox, disconnects. */
export async function runService<Config extends ServiceConfig>(
  options: RunServiceOptions<Config>,
): Promise<NestFastifyApplication> {
  const config = loadConfigOrExit(options.service, options.configSchema);
  const adapter = new FastifyAdapter({ bodyLimit: options.bodyLimitBytes ?? 1_048_576 });
  recordRoutes(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(
    options.module(config),
    adapter,
    { bufferLogs: true, rawBody: options.rawBody ?? false },
  );
  useTelemetryLogger(app);
  app.enableShutdownHooks();
  forceExitAfter(config.SHUTDOWN_TIMEOUT_MS);
  await options.configureHttp?.(app, config);
  await app.init();
  app.connectMicroservice({ strategy: app.get(KafkaEventServer) });
  await app.startAllMicroservices();
  await app.listen(config.PORT, config.HOST);
  new Logger('bootstrap').log(`${options.service} listening on ${await app.getUrl()}`);
  if (config.AUTH_DISABLED) {
    new Logger('authentication').warn(
      `AUTHENTICATION IS DISABLED (AUTH_DISABLED=true): every route is open and identity headers are trusted. Development only; never in production.`,
    );
  }
  return app;
}

/** A shutdown that hangs on a dead dependency must not keep the process alive forever. */
function forceExitAfter(timeoutMs: number): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      setTimeout(() => {
        process.stderr.write(`shutdown did not finish within ${timeoutMs} ms; exiting\n`);
        process.exit(1);
      }, timeoutMs).unref();
    });
  }
}
