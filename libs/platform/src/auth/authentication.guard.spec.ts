import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Controller, Get, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { exportJWK, generateKeyPair, KeyLike, SignJWT } from 'jose';
import { AuthConfig } from '@accord/config';
import { ProblemDetailsFilter } from '../http/problem-details.filter';
import { sha256Hex } from './api-key-registry';
import { AuthenticationGuard } from './authentication.guard';
import { Authenticator } from './authenticator';
import { CurrentPrincipal } from './current-principal.decorator';
import { Principal } from './principal';
import { OwnAuthentication, Public } from './public.decorator';
import { Roles } from './roles.decorator';
import { issueToken } from './token-issuer';

@Controller()
class ProbeController {
  @Get('open')
  @Public()
  open() {
    return { ok: true };
  }

  @Get('signed-webhook')
  @OwnAuthentication()
  webhook() {
    return { ok: true };
  }

  @Get('me')
  me(@CurrentPrincipal() principal: Principal) {
    return principal;
  }

  @Get('admin')
  @Roles('admin')
  admin() {
    return { ok: true };
  }
}

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const oldKey = 'accord_sk_old_0123456789abcdef';
const newKey = 'accord_sk_new_fedcba9876543210';

async function start(config: Partial<AuthConfig>): Promise<NestFastifyApplication> {
  const authConfig: AuthConfig = { AUTH_DISABLED: false, SERVICE_API_KEYS: [], ...config };
  @Module({
    controllers: [ProbeController],
    providers: [
      { provide: Authenticator, useValue: new Authenticator(authConfig) },
      { provide: APP_GUARD, useClass: AuthenticationGuard },
      { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    ],
  })
  class ProbeModule {}
  const app = await NestFactory.create<NestFastifyApplication>(ProbeModule, new FastifyAdapter(), { logger: false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

async function get(app: NestFastifyApplication, url: string, authorization?: string) {
  const response = await app.inject({ method: 'GET', url, headers: authorization ? { authorization } : {} });
  return { status: response.statusCode, type: response.headers['content-type'], body: response.json() as Record<string, unknown> };
}

describe('AuthenticationGuard', () => {
  describe('with an HS256 secret and two API keys', () => {
    let app: NestFastifyApplication;
    beforeAll(async () => {
      app = await start({
        AUTH_JWT_SECRET: secret,
        AUTH_JWT_ISSUER: 'https://idp.example',
        AUTH_JWT_AUDIENCE: 'accord',
        SERVICE_API_KEYS: [
          { name: 'loader-old', sha256: sha256Hex(oldKey), scopes: ['admin'] },
          { name: 'loader-new', sha256: sha256Hex(newKey), scopes: [] },
        ],
      });
    });
    afterAll(() => app.close());
    const token = (claims: Parameters<typeof issueToken>[1], options: Parameters<typeof issueToken>[2] = {}) =>
      issueToken(secret, claims, { issuer: 'https://idp.example', audience: 'accord', ...options });

    it('lets anyone reach public and self-authenticating routes', async () => {
      expect((await get(app, '/open')).status).toBe(200);
      expect((await get(app, '/signed-webhook')).status).toBe(200);
    });

    it('answers 401 problem+json without credentials or with a malformed header', async () => {
      for (const authorization of [undefined, 'Basic dXNlcjpwYXNz', 'Bearer ']) {
        const response = await get(app, '/me', authorization);
        expect(response.status).toBe(401);
        expect(response.type).toContain('application/problem+json');
      }
    });

    it('accepts a valid token and exposes its claims as the principal', async () => {
      const response = await get(app, '/me', `Bearer ${await token({ sub: 'manager-7', roles: ['manager'], team: 'emea' })}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ kind: 'person', id: 'manager-7', roles: ['manager'], team: 'emea', verified: true });
    });

    it('refuses an expired token, a wrong audience, a wrong issuer and a wrong signature', async () => {
      const expired = await token({ sub: 'rep-1', roles: ['rep'] }, { expiresIn: Math.floor(Date.now() / 1000) - 60 });
      const otherAudience = await token({ sub: 'rep-1', roles: ['rep'] }, { audience: 'someone-else' });
      const otherIssuer = await token({ sub: 'rep-1', roles: ['rep'] }, { issuer: 'https://evil.example' });
      const forged = await issueToken(`${secret}-but-not-quite`, { sub: 'rep-1', roles: ['admin'] }, { issuer: 'https://idp.example', audience: 'accord' });
      const details = [];
      for (const credential of [expired, otherAudience, otherIssuer, forged]) {
        const response = await get(app, '/me', `Bearer ${credential}`);
        expect(response.status).toBe(401);
        details.push(response.body['detail']);
      }
      expect(details).toEqual([
        expect.stringContaining('expired'),
        expect.stringContaining('aud'),
        expect.stringContaining('iss'),
        expect.stringContaining('signature'),
      ]);
    });

    it('refuses an unsigned token even when its claims look right', async () => {
      const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'x', roles: ['admin'], aud: 'accord', iss: 'https://idp.example' })).toString('base64url')}.`;
      expect((await get(app, '/admin', `Bearer ${unsigned}`)).status).toBe(401);
    });

    it('answers 403 when the role is missing and 200 when it is held', async () => {
      const forbidden = await get(app, '/admin', `Bearer ${await token({ sub: 'rep-1', roles: ['rep'] })}`);
      expect(forbidden.status).toBe(403);
      expect(forbidden.type).toContain('application/problem+json');
      expect((await get(app, '/admin', `Bearer ${await token({ sub: 'ops', roles: ['admin'] })}`)).status).toBe(200);
    });

    it('accepts API keys by their hash, grants scopes as roles, and keeps both keys of a rotation valid', async () => {
      expect(await get(app, '/me', `Bearer ${oldKey}`)).toMatchObject({ status: 200, body: { kind: 'system', id: 'loader-old', scopes: ['admin'] } });
      expect(await get(app, '/me', `Bearer ${newKey}`)).toMatchObject({ status: 200, body: { kind: 'system', id: 'loader-new' } });
      expect((await get(app, '/admin', `Bearer ${oldKey}`)).status).toBe(200);
      expect((await get(app, '/admin', `Bearer ${newKey}`)).status).toBe(403);
      expect((await get(app, '/me', `Bearer ${oldKey}x`)).status).toBe(401);
    });
  });

  describe('with an identity provider JWKS (ES256)', () => {
    let app: NestFastifyApplication;
    let jwks: Server;
    let privateKey: KeyLike;
    beforeAll(async () => {
      const pair = await generateKeyPair('ES256');
      privateKey = pair.privateKey;
      const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
      jwks = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [publicJwk] })));
      await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
      app = await start({ AUTH_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json` });
    });
    afterAll(async () => {
      await app.close();
      jwks.close();
    });

    it('verifies tokens signed by the provider and refuses HS256 tokens it has no secret for', async () => {
      const signed = await new SignJWT({ roles: ['rep'] }).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setSubject('rep-9').setExpirationTime('5m').sign(privateKey);
      expect(await get(app, '/me', `Bearer ${signed}`)).toMatchObject({ status: 200, body: { id: 'rep-9', roles: ['rep'] } });
      expect((await get(app, '/me', `Bearer ${await issueToken(secret, { sub: 'rep-9', roles: ['admin'] })}`)).status).toBe(401);
    });
  });

  describe('with authentication disabled', () => {
    let app: NestFastifyApplication;
    beforeAll(async () => {
      app = await start({ AUTH_DISABLED: true });
    });
    afterAll(() => app.close());

    it('lets every route through and takes the caller from identity headers, unverified', async () => {
      expect((await get(app, '/admin')).status).toBe(200);
      const response = await app.inject({ method: 'GET', url: '/me', headers: { 'x-rep-id': 'rep-3' } });
      expect(response.json()).toMatchObject({ kind: 'person', id: 'rep-3', verified: false });
    });
  });
});
