import { createRemoteJWKSet, decodeProtectedHeader, errors, JWTPayload, jwtVerify, JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { AuthConfig, AuthRole, authRoles } from '@accord/config';
import { Principal } from './principal';

const spaceSeparated = z.union([z.string().transform((value) => value.split(' ').filter(Boolean)), z.array(z.string())]);

const claimsSchema = z.object({
  sub: z.string().min(1).max(200),
  roles: z
    .union([z.string().transform((role) => [role]), z.array(z.string())])
    .default([])
    .transform((roles) => roles.filter((role): role is AuthRole => (authRoles as readonly string[]).includes(role))),
  team: z.string().min(1).max(200).optional(),
  scope: spaceSeparated.default([]),
});

export class TokenRejected extends Error {}

/** Verifies identity-provider JWTs: HS256 with a shared secret, RS256 or ES256 with the provider's JWKS. */
export class JwtVerifier {
  private readonly secret?: Uint8Array;
  private readonly keySet?: JWTVerifyGetKey;

  constructor(private readonly config: AuthConfig) {
    if (config.AUTH_JWT_SECRET) this.secret = new TextEncoder().encode(config.AUTH_JWT_SECRET);
    if (config.AUTH_JWKS_URL) this.keySet = createRemoteJWKSet(new URL(config.AUTH_JWKS_URL));
  }

  get enabled(): boolean {
    return this.secret !== undefined || this.keySet !== undefined;
  }

  async verify(token: string): Promise<Principal> {
    const payload = await this.verifySignature(token);
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw new TokenRejected('the token lacks a valid sub, roles, team or scope claim');
    const { sub, roles, team, scope } = claims.data;
    return { kind: roles.includes('system') ? 'system' : 'person', id: sub, roles, team: team ?? null, scopes: scope, verified: true };
  }

  private async verifySignature(token: string): Promise<JWTPayload> {
    const options = { issuer: this.config.AUTH_JWT_ISSUER, audience: this.config.AUTH_JWT_AUDIENCE };
    try {
      const algorithm = decodeProtectedHeader(token).alg;
      if (algorithm === 'HS256' && this.secret) return (await jwtVerify(token, this.secret, { ...options, algorithms: ['HS256'] })).payload;
      if (algorithm !== 'HS256' && this.keySet) return (await jwtVerify(token, this.keySet, { ...options, algorithms: ['RS256', 'ES256'] })).payload;
      throw new TokenRejected(`tokens signed with ${algorithm ?? 'no algorithm'} are not accepted`);
    } catch (error) {
      throw new TokenRejected(reasonOf(error));
    }
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof TokenRejected) return error.message;
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  if (error instanceof errors.JOSEError) return 'the token is not a valid JWT';
  return 'the token could not be verified';
}
