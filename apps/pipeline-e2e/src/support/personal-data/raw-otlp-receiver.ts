import { LocalHttpServer } from '../local-http-server';
import { ReceivedSpan, spansOf } from '../otlp-receiver';

/** An OTLP/HTTP JSON receiver that keeps each export as sent, so nothing the services put in a span escapes a scan. */
export class RawOtlpReceiver {
  readonly exports: string[] = [];
  private server?: LocalHttpServer;

  get url(): string {
    if (!this.server) throw new Error('the OTLP receiver is not started');
    return this.server.url;
  }

  get spans(): ReceivedSpan[] {
    return this.exports.flatMap((body) => spansOf(JSON.parse(body)));
  }

  async start(): Promise<this> {
    this.server = await LocalHttpServer.start((request) => {
      if (request.method !== 'POST' || request.path !== '/v1/traces') return 404;
      this.exports.push(request.body.toString('utf8'));
      return 200;
    });
    return this;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
  }
}
