import { Controller, Get, Module, NotFoundException, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { MetricsModule } from './metrics.module';

@Controller('v1/leads')
class LeadsController {
  @Get(':id')
  find(@Param('id') id: string) {
    if (id === 'missing') {
      throw new NotFoundException();
    }
    return { id };
  }
}

@Module({
  imports: [MetricsModule.forRoot({ serviceName: 'capture' })],
  controllers: [LeadsController],
})
class AppModule {}

describe('MetricsModule', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), {
      logger: false,
    });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(() => app.close());

  it('counts successes, thrown 4xx and unmatched requests by route pattern, labelled with the service', async () => {
    expect((await app.inject({ method: 'GET', url: '/v1/leads/42?email=a@b.c' })).statusCode).toBe(
      200,
    );
    expect((await app.inject({ method: 'GET', url: '/v1/leads/7' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/v1/leads/missing' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/nowhere/at/all' })).statusCode).toBe(404);

    const scrape = await app.inject({ method: 'GET', url: '/metrics' });

    expect(scrape.statusCode).toBe(200);
    expect(scrape.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(scrape.body).toContain(
      'http_server_requests_total{method="GET",route="/v1/leads/:id",status="200",service="capture"} 2',
    );
    expect(scrape.body).toContain(
      'http_server_requests_total{method="GET",route="/v1/leads/:id",status="404",service="capture"} 1',
    );
    expect(scrape.body).toContain(
      'http_server_requests_total{method="GET",route="unmatched",status="404",service="capture"} 1',
    );
    expect(scrape.body).toMatch(
      /http_server_request_duration_seconds_count\{service="capture",method="GET",route="\/v1\/leads\/:id",status="200"\} 2/,
    );
    expect(scrape.body).toMatch(/nodejs_version_info\{.*service="capture"/);
    expect(scrape.body).not.toContain('a@b.c');
    expect(scrape.body).not.toContain('/v1/leads/42');
  });
});
