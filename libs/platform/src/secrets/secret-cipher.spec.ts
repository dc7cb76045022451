import { randomBytes } from 'node:crypto';
import { SecretCipher } from './secret-cipher';

const key = (id: string) => ({ id, key: randomBytes(32) });

describe('SecretCipher', () => {
  const old = key('2026-01');
  const current = key('2026-06');

  it('seals so that the stored value does not contain the secret, and opens it again', () => {
    const cipher = new SecretCipher([current]);
    const sealed = cipher.seal('whsec_c2VjcmV0LXNpZ25pbmcta2V5');
    expect(sealed).toMatch(/^enc:v1:2026-06:/);
    expect(sealed).not.toContain('c2VjcmV0');
    expect(cipher.seal('whsec_c2VjcmV0LXNpZ25pbmcta2V5')).not.toBe(sealed);
    expect(cipher.open(sealed)).toBe('whsec_c2VjcmV0LXNpZ25pbmcta2V5');
  });

  it('rotates: the new key seals, the old still opens what it sealed, and marks it stale', () => {
    const sealedByOld = new SecretCipher([old]).seal('whsec_b2xk');
    const rotated = new SecretCipher([current, old]);
    expect(rotated.open(sealedByOld)).toBe('whsec_b2xk');
    expect(rotated.isStale(sealedByOld)).toBe(true);
    expect(rotated.seal('whsec_bmV3')).toMatch(/^enc:v1:2026-06:/);
    expect(() => new SecretCipher([current]).open(sealedByOld)).toThrow(/key 2026-01, which is no longer configured/);
  });

  it('refuses a tampered value and passes values stored before encryption through', () => {
    const cipher = new SecretCipher([current]);
    const sealed = cipher.seal('whsec_dGFtcGVy');
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}A`;
    expect(() => cipher.open(tampered)).toThrow();
    expect(cipher.open('whsec_cGxhaW4=')).toBe('whsec_cGxhaW4=');
    expect(new SecretCipher([]).seal('whsec_cGxhaW4=')).toBe('whsec_cGxhaW4=');
  });
});
