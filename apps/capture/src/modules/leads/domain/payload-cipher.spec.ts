import { randomBytes } from 'node:crypto';
import { openPayload, sealPayload } from './payload-cipher';

describe('payload cipher', () => {
  const key = randomBytes(32);
  const payload = { email: 'ada@example.nl', note: 'été' };

  it('hides the content and gives it back with the key', () => {
    const sealed = sealPayload(key, payload);
    expect(sealed.toString('utf8')).not.toContain('ada@example.nl');
    expect(openPayload(key, sealed)).toEqual(payload);
  });

  it('seals each payload under an IV of its own, also past a refill of the IVs drawn in bulk', () => {
    const ivs = Array.from({ length: 600 }, () => sealPayload(key, payload).subarray(0, 12).toString('hex'));
    expect(new Set(ivs).size).toBe(600);
  });

  it('refuses a wrong key and altered bytes', () => {
    const sealed = sealPayload(key, payload);
    expect(() => openPayload(randomBytes(32), sealed)).toThrow();
    const altered = Buffer.from(sealed);
    altered[altered.length - 1] ^= 1;
    expect(() => openPayload(key, altered)).toThrow();
  });
});
