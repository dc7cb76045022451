import { randomBytes } from 'node:crypto';
import { HandOffUnderTest } from '../test-support/hand-off-under-test';

const keyEntry = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

describe('webhook signing secrets at rest', () => {
  let handOff: HandOffUnderTest;

  beforeAll(async () => {
    handOff = await HandOffUnderTest.create({ env: { WEBHOOK_SECRET_KEYS: '' } });
  });

  afterAll(async () => {
    await handOff?.stop();
  });

  const storedSecret = async (id: string) =>
    (await handOff.query<{ secret: string }>('SELECT secret FROM webhook_subscriptions WHERE id = $1', [id]))[0].secret;

  it('are sealed when encryption is turned on, and sealed again with the new key when it rotates', async () => {
    const created = await handOff.request('POST', '/v1/webhooks/subscriptions', { url: 'https://crm.example/hooks' });
    expect(created.status).toBe(201);
    const secret: string = created.body.secret;
    expect(await storedSecret(created.body.id)).toBe(secret);

    const first = keyEntry('k1');
    await handOff.startInstance({ env: { WEBHOOK_SECRET_KEYS: first } });
    const sealedWithFirst = await storedSecret(created.body.id);
    expect(sealedWithFirst).toMatch(/^enc:v1:k1:/);
    expect(sealedWithFirst).not.toContain(secret.slice('whsec_'.length));

    await handOff.startInstance({ env: { WEBHOOK_SECRET_KEYS: `${keyEntry('k2')},${first}` } });
    expect(await storedSecret(created.body.id)).toMatch(/^enc:v1:k2:/);
  });
});
