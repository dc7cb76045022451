import { SignJWT } from 'jose';
import { AuthRole } from '@accord/config';

export interface TokenClaims {
  sub: string;
  roles: AuthRole[];
  team?: string;
  scope?: string;
}

export interface TokenOptions {
  issuer?: string;
  audience?: string;
  expiresIn?: string | number;
}

/** An HS256 token as an identity provider would issue it: for development (npm start, the demo) and tests, never a production login. */
export function issueToken(secret: string, claims: TokenClaims, options: TokenOptions = {}): Promise<string> {
  let jwt = new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime(options.expiresIn ?? '12h');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
