import { randomBytes } from 'node:crypto';
import { PipelineUnderTest } from '../pipeline-under-test';

/** What capture's lead API takes; the source also names the API key it is sent with. */
export type LeadBody = { source: string } & Record<string, unknown>;

/** Capture's administration with an admin key of the test's own, passed to capture as ADMIN_API_KEY. */
export class CaptureAdmin {
  readonly key = randomBytes(24).toString('hex');
  private pipeline?: PipelineUnderTest;
  private readonly sourceKeys = new Map<string, string>();

  get env(): Record<string, string> {
    return { ADMIN_API_KEY: this.key };
  }

  attach(pipeline: PipelineUnderTest): this {
    this.pipeline = pipeline;
    return this;
  }

  request(method: string, path: string, body?: unknown, headers: Record<string, string> = { authorization: `Bearer ${this.key}` }): Promise<Response> {
    if (!this.pipeline) throw new Error('attach the pipeline first');
    return this.pipeline.send('capture', method, path, body, headers);
  }

  /** Posts a lead with the API key of its source, created on first use. */
  async submit(body: LeadBody): Promise<Response> {
    let key = this.sourceKeys.get(body.source);
    if (!key) {
      const created = await this.request('POST', '/v1/admin/api-keys', { name: `personal data ${body.source}`, source: body.source });
      if (created.status !== 201) throw new Error(`capture refused an API key: ${created.status}`);
      key = ((await created.json()) as { key: string }).key;
      this.sourceKeys.set(body.source, key);
    }
    return this.request('POST', '/v1/leads', body, { authorization: `Bearer ${key}` });
  }

  /** Posts a lead and returns its id (a new lead or the known person it merged into). */
  async postLead(body: LeadBody): Promise<string> {
    const response = await this.submit(body);
    if (response.status !== 201 && response.status !== 200) throw new Error(`capture answered ${response.status}: ${await response.text()}`);
    return ((await response.json()) as { leadId: string }).leadId;
  }
}
