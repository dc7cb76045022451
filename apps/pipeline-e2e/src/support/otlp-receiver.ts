import { LocalHttpServer, ReceivedRequest } from './local-http-server';

type AttributeValue = string | number | boolean;

/** One span as the services exported it, flattened from the OTLP/HTTP JSON encoding. */
export interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: SpanKindName;
  attributes: Record<string, AttributeValue>;
}

export type SpanKindName = 'unspecified' | 'internal' | 'server' | 'client' | 'producer' | 'consumer';
const spanKinds: SpanKindName[] = ['unspecified', 'internal', 'server', 'client', 'producer', 'consumer'];

interface OtlpAnyValue {
  stringValue?: string;
  intValue?: number | string;
  doubleValue?: number;
  boolValue?: boolean;
  arrayValue?: { values?: OtlpAnyValue[] };
}

interface OtlpKeyValue {
  key: string;
  value: OtlpAnyValue;
}

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind?: number;
  attributes?: OtlpKeyValue[];
}

interface OtlpTraceRequest {
  resourceSpans?: Array<{
    resource?: { attributes?: OtlpKeyValue[] };
    scopeSpans?: Array<{ spans?: OtlpSpan[] }>;
  }>;
}

function valueOf(value: OtlpAnyValue): AttributeValue {
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.doubleValue !== undefined) return value.doubleValue;
  if (value.boolValue !== undefined) return value.boolValue;
  return JSON.stringify(value.arrayValue?.values?.map(valueOf) ?? []);
}

function attributesOf(keyValues: OtlpKeyValue[] = []): Record<string, AttributeValue> {
  return Object.fromEntries(keyValues.map(({ key, value }) => [key, valueOf(value)]));
}

/** Flattens one OTLP/HTTP JSON export request (what `@opentelemetry/exporter-trace-otlp-http` sends). */
export function spansOf(request: OtlpTraceRequest): ReceivedSpan[] {
  return (request.resourceSpans ?? []).flatMap((resourceSpans) => {
    const service = String(attributesOf(resourceSpans.resource?.attributes)['service.name']);
    return (resourceSpans.scopeSpans ?? []).flatMap((scope) =>
      (scope.spans ?? []).map((span) => ({
        service,
        traceId: span.traceId,
        spanId: span.spanId,
        parentSpanId: span.parentSpanId || undefined,
        name: span.name,
        kind: spanKinds[span.kind ?? 0] ?? 'unspecified',
        attributes: attributesOf(span.attributes),
      })),
    );
  });
}

/** A local OTLP/HTTP collector stand-in: accepts JSON on POST /v1/traces and keeps every span. */
export class OtlpReceiver {
  readonly spans: ReceivedSpan[] = [];
  readonly rejected: string[] = [];
  private server?: LocalHttpServer;

  get url(): string {
    if (!this.server) throw new Error('the OTLP receiver is not started');
    return this.server.url;
  }

  async start(): Promise<this> {
    this.server = await LocalHttpServer.start((request) => this.receive(request));
    return this;
  }

  trace(traceId: string): ReceivedSpan[] {
    return this.spans.filter((span) => span.traceId === traceId);
  }

  async stop(): Promise<void> {
    await this.server?.stop();
  }

  private receive(request: ReceivedRequest): number {
    if (request.method !== 'POST' || request.path !== '/v1/traces') return 404;
    if (!String(request.headers['content-type']).startsWith('application/json')) {
      this.rejected.push(String(request.headers['content-type']));
      return 415;
    }
    this.spans.push(...spansOf(JSON.parse(request.body.toString('utf8')) as OtlpTraceRequest));
    return 200;
  }
}
