import { IHeaders } from 'kafkajs';

export const deadLetterHeaderPrefix = 'x-dlq-';

/** Why and where a message failed, as the runner wrote it into the x-dlq-* headers. */
export interface DeadLetterCauseHeaders {
  error: string | null;
  errorClass: string | null;
  originalTopic: string | null;
  originalPartition: number | null;
  originalOffset: string | null;
  consumerGroup: string | null;
  attempts: number | null;
  failedAt: string | null;
}

/** Only the envelope's identifiers: an operator never sees the payload's personal data. */
export interface DeadLetterEventSummary {
  id: string | null;
  type: string | null;
  leadId: string | null;
}

export interface DeadLetterRecord {
  topic: string;
  partition: number;
  offset: string;
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, string>;
  cause: DeadLetterCauseHeaders;
  event: DeadLetterEventSummary;
}

export function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    const single = Array.isArray(value) ? value[value.length - 1] : value;
    result[name] = Buffer.isBuffer(single) ? single.toString('utf8') : String(single);
  }
  return result;
}

const numberOrNull = (text: string | undefined) => (text === undefined || text === '' || Number.isNaN(Number(text)) ? null : Number(text));

export function deadLetterCauseOf(headers: Record<string, string>): DeadLetterCauseHeaders {
  const header = (name: string) => headers[`${deadLetterHeaderPrefix}${name}`] ?? null;
  return {
    error: header('error'),
    errorClass: header('error-class'),
    originalTopic: header('original-topic'),
    originalPartition: numberOrNull(headers[`${deadLetterHeaderPrefix}original-partition`]),
    originalOffset: header('original-offset'),
    consumerGroup: header('consumer-group'),
    attempts: numberOrNull(headers[`${deadLetterHeaderPrefix}attempts`]),
    failedAt: header('failed-at'),
  };
}

const stringOrNull = (value: unknown) => (typeof value === 'string' ? value : null);

/** A value that is not a JSON envelope (one reason it was dead-lettered) still gets a summary of nulls. */
export function eventSummaryOf(value: Buffer | null): DeadLetterEventSummary {
  try {
    const parsed: unknown = JSON.parse(value?.toString('utf8') ?? '');
    if (typeof parsed !== 'object' || parsed === null) return { id: null, type: null, leadId: null };
    const envelope = parsed as { id?: unknown; type?: unknown; payload?: { leadId?: unknown } | null };
    return { id: stringOrNull(envelope.id), type: stringOrNull(envelope.type), leadId: stringOrNull(envelope.payload?.leadId) };
  } catch {
    return { id: null, type: null, leadId: null };
  }
}

/** The headers the message had before it was dead-lettered. */
export function withoutDeadLetterHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith(deadLetterHeaderPrefix)));
}
