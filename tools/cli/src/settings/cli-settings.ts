import { z } from 'zod';
import { CliError, usageExitCode } from '../cli-error';

export const serviceNames = ['capture', 'enrichment', 'scoring', 'hand-off', 'rewards'] as const;
export type ServiceName = (typeof serviceNames)[number];

export interface CliSettings {
  serviceUrls: Record<ServiceName, string>;
  kafkaBrokers: string[];
  topicPrefix: string;
  adminApiKey: string | null;
  /** A system API key with the admin scope for enrichment, scoring, hand-off and rewards. */
  serviceApiKey: string | null;
  httpTimeoutMs: number;
}

const defaultPorts: Record<ServiceName, number> = { capture: 3101, enrichment: 3102, scoring: 3103, 'hand-off': 3104, rewards: 3105 };

export const serviceUrlVariable = (service: ServiceName) => `ACCORD_${service.replace('-', '_').toUpperCase()}_URL`;

const httpUrl = z.url({ protocol: /^https?$/ });
const brokerList = z
  .string()
  .transform((text) => text.split(',').map((broker) => broker.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[^\s:]+:\d+$/, 'must be host:port')).min(1));
const timeout = z.coerce.number().int().positive();

function valid<T>(schema: z.ZodType<T>, variable: string, value: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new CliError(`${variable} is invalid (${parsed.error.issues[0]?.message ?? 'invalid'}): ${JSON.stringify(value)}`, usageExitCode);
}

/** Reads the environment on first use, so --help works without any of it. */
export function cliSettingsFrom(
  env: NodeJS.ProcessEnv,
  adminKeyFromFile: () => string | null = () => null,
  serviceKeyFromFile: () => string | null = () => null,
): CliSettings {
  const serviceUrls = Object.fromEntries(
    serviceNames.map((service) => {
      const variable = serviceUrlVariable(service);
      const url = valid(httpUrl, variable, env[variable] ?? `http://localhost:${defaultPorts[service]}`);
      return [service, url.replace(/\/+$/, '')];
    }),
  ) as Record<ServiceName, string>;
  return {
    serviceUrls,
    kafkaBrokers: valid(brokerList, 'KAFKA_BROKERS', env.KAFKA_BROKERS ?? '127.0.0.1:9092'),
    topicPrefix: env.KAFKA_TOPIC_PREFIX ?? '',
    adminApiKey: env.ACCORD_ADMIN_API_KEY || env.ADMIN_API_KEY || adminKeyFromFile(),
    serviceApiKey: env.ACCORD_API_KEY || serviceKeyFromFile(),
    httpTimeoutMs: valid(timeout, 'ACCORD_HTTP_TIMEOUT_MS', env.ACCORD_HTTP_TIMEOUT_MS ?? '5000'),
  };
}
