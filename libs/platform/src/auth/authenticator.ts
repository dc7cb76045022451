import { AuthConfig, ConfigurationError } from '@accord/config';
import { ApiKeyRegistry } from './api-key-registry';
import { unauthenticated } from './auth-problems';
import { JwtVerifier, TokenRejected } from './jwt-verifier';
import { Principal } from './principal';

type Headers = Record<string, string | string[] | undefined>;

const jwtShape = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
/** Only honoured with AUTH_DISABLED, for development and tests. */
const developmentIdentityHeaders = ['x-rep-id', 'x-person-id'];

/** Turns an `Authorization: Bearer` credential (a JWT or a system API key) into a principal, or refuses with 401. */
export class Authenticator {
  private readonly jwt: JwtVerifier;
  private readonly apiKeys: ApiKeyRegistry;

  constructor(private readonly config: AuthConfig) {
    this.jwt = new JwtVerifier(config);
    this.apiKeys = new ApiKeyRegistry(config.SERVICE_API_KEYS);
  }

  get disabled(): boolean {
    return this.config.AUTH_DISABLED;
  }

  async authenticate(headers: Headers): Promise<Principal> {
    if (this.config.AUTH_DISABLED) return identityFromHeaders(headers);
    const credential = bearerCredential(headers['authorization']);
    if (!credential) throw unauthenticated('Send credentials: Authorization: Bearer <JWT or API key>.');
    if (jwtShape.test(credential) && this.jwt.enabled) {
      try {
        return await this.jwt.verify(credential);
      } catch (error) {
        if (error instanceof TokenRejected) throw unauthenticated(`The bearer token is not accepted: ${error.message}.`);
        throw error;
      }
    }
    const key = this.apiKeys.find(credential);
    if (!key) throw unauthenticated('The bearer credential is neither a valid token nor a known API key.');
    return { kind: 'system', id: key.name, roles: ['system'], team: null, scopes: key.scopes, verified: true };
  }
}

function bearerCredential(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(value ?? '');
  return match ? match[1] : null;
}

function identityFromHeaders(headers: Headers): Principal {
  const value = developmentIdentityHeaders.map((name) => headers[name]).find((header) => typeof header === 'string' && header !== '');
  const id = typeof value === 'string' ? value : null;
  return { kind: id ? 'person' : 'anonymous', id, roles: [], team: null, scopes: [], verified: false };
}

/** Refuses to start a service that could authenticate nobody, unless authentication is explicitly disabled. */
export function assertAuthConfigured(config: AuthConfig): void {
  if (config.AUTH_DISABLED) return;
  if (config.AUTH_JWT_SECRET || config.AUTH_JWKS_URL || config.SERVICE_API_KEYS.length > 0) return;
  throw new ConfigurationError([
    {
      variable: 'AUTH_JWT_SECRET',
      problem: 'is required but not set: set AUTH_JWT_SECRET or AUTH_JWKS_URL (people) and/or SERVICE_API_KEYS (systems), or AUTH_DISABLED=true for development only',
    },
  ]);
}
