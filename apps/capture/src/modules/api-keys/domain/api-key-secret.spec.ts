import { uuidv7 } from 'uuidv7';
import { apiKeySecretMatches, issueApiKey, parseApiKey } from './api-key-secret';

describe('API key secrets', () => {
  it('parses an issued key back to its id and a secret that matches the stored hash', () => {
    const keyId = uuidv7();
    const issued = issueApiKey(keyId);
    const parsed = parseApiKey(issued.plaintext);
    expect(parsed?.keyId).toBe(keyId);
    expect(apiKeySecretMatches(parsed?.secret ?? '', issued.salt, issued.secretHash)).toBe(true);
  });

  it('rejects a tampered secret and salts every key differently', () => {
    const first = issueApiKey(uuidv7());
    const second = issueApiKey(uuidv7());
    const tampered = `${first.secret.slice(0, -1)}${first.secret.endsWith('A') ? 'B' : 'A'}`;
    expect(apiKeySecretMatches(tampered, first.salt, first.secretHash)).toBe(false);
    expect(first.salt.equals(second.salt)).toBe(false);
    expect(first.plaintext).not.toContain(first.secretHash.toString('base64url'));
  });

  it.each(['', 'acc_', 'Bearer acc_x', `acc_${'0'.repeat(32)}_short`, `acc_${'g'.repeat(32)}_${'a'.repeat(43)}`])(
    'returns null for the malformed key %p',
    (presented) => expect(parseApiKey(presented)).toBeNull(),
  );
});
