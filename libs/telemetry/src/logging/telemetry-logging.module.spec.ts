import { Controller, Get, Logger, Module, NotFoundException, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { TelemetryLoggingModule } from './telemetry-logging.module';
import { useTelemetryLogger } from './use-telemetry-logger';

const lines: Record<string, unknown>[] = [];
const destination = { write: (line: string) => lines.push(JSON.parse(line)) };

@Controller()
class LeadsController {
  private readonly logger = new Logger(LeadsController.name);

  @Get('v1/leads/:id')
  find(@Param('id') id: string) {
    if (id === 'missing') {
      throw new NotFoundException();
    }
    this.logger.log({ msg: 'lead found', leadId: id, email: 'ada@example.com' });
    return { id };
  }

  @Get('health')
  health() {
    return { status: 'ok' };
  }
}

@Module({
  imports: [TelemetryLoggingModule.forRoot({ serviceName: 'capture', destination })],
  controllers: [LeadsController],
})
class AppModule {}

describe('TelemetryLoggingModule', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), {
      bufferLogs: true,
    });
    useTelemetryLogger(app);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(() => app.close());

  beforeEach(() => lines.splice(0));

  const requestLines = () => lines.filter((line) => line['msg']?.toString().startsWith('request'));

  it('sends Nest and application logs through the same logger, redacted', async () => {
    await app.inject({ method: 'GET', url: '/v1/leads/42' });

    const found = lines.find((line) => line['msg'] === 'lead found');
    expect(found).toMatchObject({ service: 'capture', context: 'LeadsController', leadId: '42' });
    expect(JSON.stringify(found)).not.toContain('ada@example.com');
  });

  it('logs one line per request with the route pattern and no query string', async () => {
    await app.inject({ method: 'GET', url: '/v1/leads/42?email=ada@example.com' });

    expect(requestLines()).toEqual([
      expect.objectContaining({
        service: 'capture',
        level: 'info',
        msg: 'request completed',
        method: 'GET',
        route: '/v1/leads/:id',
        url: '/v1/leads/42',
        status: 200,
        duration_ms: expect.any(Number),
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('ada@example.com');
    expect(JSON.stringify(requestLines())).not.toContain('headers');
  });

  it('logs client errors thrown by handlers as warnings', async () => {
    await app.inject({ method: 'GET', url: '/v1/leads/missing' });

    expect(requestLines()).toEqual([
      expect.objectContaining({ level: 'warn', route: '/v1/leads/:id', status: 404 }),
    ]);
  });

  it('does not log health probes', async () => {
    await app.inject({ method: 'GET', url: '/health' });

    expect(requestLines()).toEqual([]);
  });
});
