import type { TextMapGetter } from '@opentelemetry/api';

type HeaderValue = string | Buffer;

/** Headers as a Kafka client hands them over: values may be strings, buffers or repeated. */
export type MessageHeaders = Readonly<
  Record<string, HeaderValue | readonly HeaderValue[] | undefined>
>;

function firstValue(value: MessageHeaders[string]): HeaderValue | undefined {
  if (value === undefined || typeof value === 'string' || Buffer.isBuffer(value)) {
    return value;
  }
  return value[0];
}

export const messageHeadersGetter: TextMapGetter<MessageHeaders> = {
  keys: (headers) => Object.keys(headers),
  get: (headers, key) => firstValue(headers[key])?.toString('utf8'),
};
