import { LocalHttpServer, ReceivedRequest } from './local-http-server';

export interface ReceivedWebhook {
  headers: ReceivedRequest['headers'];
  event: { id: string; type: string; payload: { leadId?: string } };
}

/** A sales tool's webhook endpoint: answers 204 and keeps what hand-off delivered. */
export class WebhookSubscriber {
  readonly received: ReceivedWebhook[] = [];
  private server?: LocalHttpServer;

  get url(): string {
    if (!this.server) throw new Error('the webhook subscriber is not started');
    return `${this.server.url}/hooks`;
  }

  async start(): Promise<this> {
    this.server = await LocalHttpServer.start((request) => {
      this.received.push({ headers: request.headers, event: JSON.parse(request.body.toString('utf8')) });
      return 204;
    });
    return this;
  }

  forLead(leadId: string): ReceivedWebhook[] {
    return this.received.filter((webhook) => webhook.event.payload.leadId === leadId);
  }

  async stop(): Promise<void> {
    await this.server?.stop();
  }
}
