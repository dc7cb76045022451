import { Controller, Get, Header, SetMetadata } from '@nestjs/common';
import { metricsRegistry } from './metrics-registry';

/** Public on the internal network for Prometheus: counters and timings, never personal data. The key is @accord/platform's PUBLIC_ROUTE. */
@SetMetadata('accord:public-route', 'public')
@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('Content-Type', metricsRegistry.contentType)
  scrape(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
