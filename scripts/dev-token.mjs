#!/usr/bin/env node
// Issues a development JWT signed with .run/auth-jwt-secret (written by `npm start`), as an identity
// provider would for a person: node scripts/dev-token.mjs --sub rep-ada --roles rep [--team team-a].
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';

const { SignJWT } = createRequire(import.meta.url)('jose');
const { values } = parseArgs({
  options: {
    sub: { type: 'string', default: 'local-admin' },
    roles: { type: 'string', default: 'admin' },
    team: { type: 'string' },
    'expires-in': { type: 'string', default: '12h' },
  },
});
const secret = process.env.AUTH_JWT_SECRET || readFileSync(join(import.meta.dirname, '..', '.run', 'auth-jwt-secret'), 'utf8').trim();
const claims = { roles: values.roles.split(',').filter(Boolean), ...(values.team ? { team: values.team } : {}) };
let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(values.sub).setIssuedAt().setExpirationTime(values['expires-in']);
if (process.env.AUTH_JWT_ISSUER) jwt = jwt.setIssuer(process.env.AUTH_JWT_ISSUER);
if (process.env.AUTH_JWT_AUDIENCE) jwt = jwt.setAudience(process.env.AUTH_JWT_AUDIENCE);
process.stdout.write(`${await jwt.sign(new TextEncoder().encode(secret))}\n`);
