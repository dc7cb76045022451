import { type DynamicModule, Inject, Module, type OnModuleInit } from '@nestjs/common';
import { HttpServerMetricsRecorder } from './http-server-metrics.recorder';
import { MetricsController } from './metrics.controller';
import { startServiceMetrics } from './service-metrics';

export interface MetricsOptions {
  serviceName: string;
}

const METRICS_OPTIONS = Symbol('METRICS_OPTIONS');

/** Serves GET /metrics from the shared registry and records HTTP request rate, errors and duration. */
@Module({})
export class MetricsModule implements OnModuleInit {
  constructor(@Inject(METRICS_OPTIONS) private readonly options: MetricsOptions) {}

  static forRoot(options: MetricsOptions): DynamicModule {
    return {
      module: MetricsModule,
      controllers: [MetricsController],
      providers: [{ provide: METRICS_OPTIONS, useValue: options }, HttpServerMetricsRecorder],
    };
  }

  onModuleInit(): void {
    startServiceMetrics(this.options.serviceName);
  }
}
