import { randomBytes } from 'node:crypto';
import { PipelineUnderTest } from '../pipeline-under-test';

/** Capture's administration with an admin key of the test's own, passed to capture as ADMIN_API_KEY. */
export class CaptureAdmin {
  readonly key = randomBytes(24).toString('hex');
  private pipeline?: PipelineUnderTest;

  get env(): Record<string, string> {
    return { ADMIN_API_KEY: this.key };
  }

  attach(pipeline: PipelineUnderTest): this {
    this.pipeline = pipeline;
    return this;
  }

  request(method: string, path: string, body?: unknown, headers: Record<string, string> = { authorization: `Bearer ${this.key}` }): Promise<Response> {
    if (!this.pipeline) throw new Error('attach the pipeline first');
    return fetch(`${this.pipeline.service('capture').url}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  /** Posts a lead with a fresh API key of its source and returns the lead id. */
  async postLead(body: { source: string }): Promise<string> {
    const created = await this.request('POST', '/v1/admin/api-keys', { name: `personal data ${body.source}`, source: body.source });
    if (created.status !== 201) throw new Error(`capture refused an API key: ${created.status}`);
    const { key } = (await created.json()) as { key: string };
    const response = await this.request('POST', '/v1/leads', body, { authorization: `Bearer ${key}` });
    if (response.status !== 201 && response.status !== 200) throw new Error(`capture answered ${response.status}: ${await response.text()}`);
    return ((await response.json()) as { leadId: string }).leadId;
  }
}
