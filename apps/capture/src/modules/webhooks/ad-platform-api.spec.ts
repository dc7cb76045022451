import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { getAdApiJson, PermanentAdApiError, TransientAdApiError } from './ad-platform-api';

describe('getAdApiJson', () => {
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const status = Number(request.url?.slice(1));
      response.writeHead(status, { 'content-type': 'application/json' }).end(status === 200 ? '{"id":"lead-1"}' : '{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (status: number) => getAdApiJson('Test API', new URL(`/${status}`, baseUrl), {}, AbortSignal.timeout(5_000));

  it('returns the document', async () => {
    await expect(get(200)).resolves.toEqual({ id: 'lead-1' });
  });

  it.each([401, 426, 429, 500, 503])('keeps the lead waiting on %i: our credentials, API version, throttling or their outage', async (status) => {
    await expect(get(status)).rejects.toBeInstanceOf(TransientAdApiError);
  });

  it.each([400, 403, 404, 410])('gives the lead up on %i', async (status) => {
    await expect(get(status)).rejects.toBeInstanceOf(PermanentAdApiError);
  });
});
