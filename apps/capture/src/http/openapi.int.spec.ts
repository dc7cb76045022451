import { parse } from 'yaml';
import { CaptureUnderTest } from '../test-support/capture-under-test';

describe('OpenAPI document', () => {
  let capture: CaptureUnderTest;

  beforeAll(async () => {
    capture = await CaptureUnderTest.start();
  });

  afterAll(async () => {
    await capture?.stop();
  });

  it('is generated from the controllers and served at /docs, as JSON and YAML', async () => {
    const response = await fetch(`${capture.url}/docs`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, { responses: object; requestBody?: { content: Record<string, { schema: { properties: object } }> } }>> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/v1/leads', '/v1/leads/batch', '/v1/leads/{id}', '/v1/admin/api-keys']));
    const capturing = document.paths['/v1/leads'].post;
    expect(Object.keys(capturing.responses)).toEqual(expect.arrayContaining(['200', '201', '400', '401', '403', '409', '413', '415', '422', '429']));
    expect(Object.keys(capturing.requestBody?.content['application/json'].schema.properties ?? {})).toEqual(
      expect.arrayContaining(['email', 'phone', 'utm', 'clickIds', 'consent']),
    );
    const yaml = parse(await (await fetch(`${capture.url}/docs/openapi.yaml`)).text()) as { paths: object };
    expect(Object.keys(yaml.paths)).toEqual(Object.keys(document.paths));
  });
});
