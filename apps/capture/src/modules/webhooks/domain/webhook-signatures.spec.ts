import { createHmac } from 'node:crypto';
import { constantTimeEquals } from './constant-time-equals';
import { facebookSignatureMatches, linkedInChallengeResponse, linkedInSignatureMatches } from './webhook-signatures';

const body = Buffer.from('{"object":"page","entry":[]}');
const hex = (secret: string, content: string | Buffer) => createHmac('sha256', secret).update(content).digest('hex');

describe('webhook signatures', () => {
  it('accepts a Facebook signature of the raw body and refuses another secret or body', () => {
    const header = `sha256=${hex('app-secret', body)}`;
    expect(facebookSignatureMatches(body, header, 'app-secret')).toBe(true);
    expect(facebookSignatureMatches(body, header.toUpperCase().replace('SHA256=', 'sha256='), 'app-secret')).toBe(true);
    expect(facebookSignatureMatches(body, header, 'other-secret')).toBe(false);
    expect(facebookSignatureMatches(Buffer.from(`${body} `), header, 'app-secret')).toBe(false);
    expect(facebookSignatureMatches(body, hex('app-secret', body), 'app-secret')).toBe(false);
  });

  it('accepts a LinkedIn signature with or without its prefix', () => {
    const signature = hex('client-secret', body);
    expect(linkedInSignatureMatches(body, signature, 'client-secret')).toBe(true);
    expect(linkedInSignatureMatches(body, `hmacsha256=${signature}`, 'client-secret')).toBe(true);
    expect(linkedInSignatureMatches(body, signature.replace(/.$/, '0'), 'client-secret')).toBe(signature.endsWith('0'));
  });

  it('answers the LinkedIn challenge with the hex HMAC of the code', () => {
    expect(linkedInChallengeResponse('f8c3de3d-1fea-4d7c-a8b0-29f63c4c3454', 'client-secret')).toBe(
      hex('client-secret', 'f8c3de3d-1fea-4d7c-a8b0-29f63c4c3454'),
    );
  });

  it('compares secrets of any length', () => {
    expect(constantTimeEquals('a', 'a')).toBe(true);
    expect(constantTimeEquals('a', 'ab')).toBe(false);
  });
});
