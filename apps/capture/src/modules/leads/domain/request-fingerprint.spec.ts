import { requestFingerprint } from './request-fingerprint';

describe('requestFingerprint', () => {
  it('ignores key order', () => {
    expect(requestFingerprint('/v1/leads', { a: 1, b: { c: [1, 2], d: 'x' } })).toBe(
      requestFingerprint('/v1/leads', { b: { d: 'x', c: [1, 2] }, a: 1 }),
    );
  });

  it('differs for another value, another array order or another target', () => {
    const base = requestFingerprint('/v1/leads', { a: [1, 2] });
    expect(requestFingerprint('/v1/leads', { a: [2, 1] })).not.toBe(base);
    expect(requestFingerprint('/v1/leads', { a: [1, 3] })).not.toBe(base);
    expect(requestFingerprint('/v1/leads/batch', { a: [1, 2] })).not.toBe(base);
  });
});
