import { put } from '../support/observability/operator-traffic';
import { PipelineUnderTest } from '../support/pipeline-under-test';

const aroundTheClock = { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' };

/** A team that takes every MQL at any hour, through a catch-all rule, with reps no run can fill up. */
export async function createChaosSalesTeam(pipeline: PipelineUnderTest, reps: number): Promise<void> {
  const schedule = { timeZone: 'UTC', workingHours: aroundTheClock };
  await put(pipeline, '/v1/teams/chaos-sales', { name: 'Chaos sales', managerId: 'chaos-manager', ...schedule, sla: { acceptWithinBusinessHours: 2000, remindBeforeMinutes: 0 } });
  for (let rep = 1; rep <= reps; rep++) {
    await put(pipeline, `/v1/reps/chaos-rep-${rep}`, { teamId: 'chaos-sales', name: `Chaos rep ${rep}`, role: 'sales', capacity: 100_000, ...schedule });
  }
  await put(pipeline, '/v1/routing-rules/chaos-every-lead', { position: 0, name: 'Every lead', teamId: 'chaos-sales', conditions: {} });
}
