import { createLogger } from './create-logger';
import { PERSONAL_DATA_KEYS, REDACTED, withoutPersonalData } from './personal-data-redaction';

function logOnce(record: object): Record<string, unknown> {
  const lines: Record<string, unknown>[] = [];
  createLogger({ serviceName: 'spec' }, { write: (line: string) => lines.push(JSON.parse(line)) }).info(
    record,
    'event',
  );
  return lines[0];
}

function nestedIn(depth: number, leaf: object): object {
  return Array.from({ length: depth }).reduce<object>((inner, _, level) => ({ [`level${level}`]: inner }), leaf);
}

describe('personal data redaction', () => {
  const secret = 'ada.lovelace@example.com';

  it.each(PERSONAL_DATA_KEYS)('redacts %s at the top level and five levels down', (key) => {
    const line = logOnce({ [key]: secret, ...nestedIn(5, { [key]: secret }) });

    expect(JSON.stringify(line)).not.toContain(secret);
    expect(line[key]).toBe(REDACTED);
  });

  it('redacts inside arrays and keeps what is not personal', () => {
    const line = logOnce({ leadId: 'lead-1', touchpoints: [{ email: secret, channel: 'api' }] });

    expect(line).toMatchObject({
      leadId: 'lead-1',
      touchpoints: [{ email: REDACTED, channel: 'api' }],
    });
  });

  it('redacts deeper than five levels, survives a cycle and leaves the logged object untouched', () => {
    const record: Record<string, unknown> = { ...nestedIn(8, { email: secret }), leadId: 'lead-1' };
    record['self'] = record;

    const censored = withoutPersonalData(record);

    expect(JSON.stringify({ ...censored, self: undefined })).not.toContain(secret);
    expect(censored['self']).toBe('[Circular]');
    expect(JSON.stringify({ ...record, self: undefined })).toContain(secret);
  });

  it('keeps errors for the error serializer', () => {
    const error = new Error('boom');
    expect(withoutPersonalData({ err: error })['err']).toBe(error);
  });
});
