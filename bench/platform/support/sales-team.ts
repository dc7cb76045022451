import { adminKeyHeaders } from '@accord/testing';

const aroundTheClock = { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' };

async function put(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json', ...adminKeyHeaders() }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`PUT ${url} answered ${response.status}: ${await response.text()}`);
}

/**
 * A team that takes every lead around the clock, with reps whose capacity outlasts any run, so each
 * MQL is routed by round robin to a rep (the team row lock and all) rather than to the fallback queue.
 * Its SLA is a working day, as a real team's is: longer than any run, so no lead breaches during one.
 */
export async function createSalesTeam(handOffUrl: string, reps = 4): Promise<void> {
  await put(`${handOffUrl}/v1/teams/bench-sales`, {
    name: 'Bench sales',
    managerId: 'bench-manager',
    timeZone: 'UTC',
    workingHours: aroundTheClock,
    sla: { acceptWithinBusinessHours: 8, remindBeforeMinutes: 0 },
  });
  for (let rep = 1; rep <= reps; rep++) {
    await put(`${handOffUrl}/v1/reps/bench-rep-${rep}`, {
      teamId: 'bench-sales',
      name: `Bench rep ${rep}`,
      role: 'sales',
      capacity: 100_000,
      timeZone: 'UTC',
      workingHours: aroundTheClock,
    });
  }
  await put(`${handOffUrl}/v1/routing-rules/bench-all`, { position: 0, name: 'Every lead', teamId: 'bench-sales', conditions: {} });
}
