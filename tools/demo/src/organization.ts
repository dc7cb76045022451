import { aroundTheClock, campaigns, reps, teams, territories } from './demo-company';
import { call, PlatformUrls } from './platform-client';

const officeHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' };

/** Teams, reps, territories and routing rules in hand-off; campaign owners in rewards. Idempotent (PUT). */
export async function setUpOrganization(urls: PlatformUrls): Promise<void> {
  for (const team of teams) {
    await call('PUT', `${urls.handOff}/v1/teams/${team.id}`, {
      name: team.name,
      managerId: team.managerId,
      timeZone: team.timeZone,
      workingHours: officeHours,
      holidays: { country: team.holidaysCountry, region: null },
      sla: { acceptWithinBusinessHours: 8, remindBeforeMinutes: 60, reassignOnBreach: false },
    });
  }
  for (const rep of reps) {
    const timeZone = teams.find((candidate) => candidate.id === rep.teamId)?.timeZone ?? 'UTC';
    await call('PUT', `${urls.handOff}/v1/reps/${rep.id}`, {
      teamId: rep.teamId,
      name: rep.name,
      role: rep.role,
      weight: rep.weight,
      capacity: rep.capacity,
      timeZone,
      workingHours: aroundTheClock,
    });
  }
  for (const [position, territory] of territories.entries()) {
    await call('PUT', `${urls.handOff}/v1/territories/${territory.id}`, { name: territory.name, countries: territory.countries });
    await call('PUT', `${urls.handOff}/v1/routing-rules/${territory.id}`, {
      position: (position + 1) * 10,
      name: `${territory.name} to ${territory.teamId}`,
      teamId: territory.teamId,
      conditions: { territoryIds: [territory.id] },
    });
  }
  for (const campaign of campaigns) {
    await call('PUT', `${urls.rewards}/v1/campaigns/${encodeURIComponent(campaign.name)}/owner`, { marketerId: campaign.ownerMarketerId });
  }
}
