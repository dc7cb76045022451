import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { KafkaReadiness } from '@accord/messaging';
import { Public } from '../auth/public.decorator';
import { DatabaseLifecycle } from '../database/database-lifecycle';

type CheckState = 'up' | 'down';

/** Probes for the orchestrator: no credentials, nothing but up or down. */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: DatabaseLifecycle,
    private readonly kafka: KafkaReadiness,
  ) {}

  /** Readiness: the service can do its work because its database and Kafka answer. */
  @Get()
  async readiness(@Res({ passthrough: true }) reply: FastifyReply) {
    const [database, kafka] = await Promise.all([this.database.isReady(), this.kafka.isReady()]);
    const checks: Record<string, CheckState> = { database: state(database), kafka: state(kafka) };
    const ready = database && kafka;
    void reply.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'not-ready', checks };
  }

  /** Liveness: the process answers; restarting it would not help a down dependency. */
  @Get('live')
  @HttpCode(200)
  liveness() {
    return { status: 'alive' };
  }
}

const state = (up: boolean): CheckState => (up ? 'up' : 'down');
