import { createHmac } from 'node:crypto';
import { constantTimeEquals } from './constant-time-equals';

export const hmacSha256Hex = (secret: string, content: string | Buffer) =>
  createHmac('sha256', secret).update(content).digest('hex');

/** Facebook's X-Hub-Signature-256: "sha256=" and the hex HMAC-SHA256 of the raw body with the app secret. */
export function facebookSignatureMatches(rawBody: Buffer, header: string, appSecret: string): boolean {
  return constantTimeEquals(header.trim().toLowerCase(), `sha256=${hmacSha256Hex(appSecret, rawBody)}`);
}

/** LinkedIn's X-LI-Signature: the hex HMAC-SHA256 of the raw body with the client secret, optionally prefixed "hmacsha256=". */
export function linkedInSignatureMatches(rawBody: Buffer, header: string, clientSecret: string): boolean {
  const presented = header.trim().toLowerCase().replace(/^hmacsha256=/, '');
  return constantTimeEquals(presented, hmacSha256Hex(clientSecret, rawBody));
}

/** LinkedIn's challenge validation answer: the hex HMAC-SHA256 of the challenge code with the client secret. */
export function linkedInChallengeResponse(challengeCode: string, clientSecret: string): string {
  return hmacSha256Hex(clientSecret, challengeCode);
}
