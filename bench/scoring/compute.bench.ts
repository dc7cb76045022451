// Scoring computation alone: fit, decaying engagement, stage trigger and win prediction for
// 50,000 leads with 12 activities each, against the 5,000 scores per second the service must sustain.
// Run: source scripts/ensure-node.sh && node -r @swc-node/register bench/scoring/compute.bench.ts
import './support/workspace-tsconfig';
import { scoreTrigger } from '../../apps/scoring/src/modules/lifecycle/domain/score-trigger';
import { loadDefaultPlaybook } from '../../apps/scoring/src/modules/playbook/domain/test-playbook';
import { scoreLead } from '../../apps/scoring/src/modules/scores/domain/score-lead';
import { leadFeatures } from '../../apps/scoring/src/modules/win-model/domain/lead-features';
import { syntheticLeads, syntheticOutcomes } from '../../apps/scoring/src/modules/win-model/domain/synthetic-outcomes';
import { predictWin, trainWinModel } from '../../apps/scoring/src/modules/win-model/domain/win-model';

const leads = 50_000;
const targetPerSecond = 5_000;
const playbook = loadDefaultPlaybook();
const asOf = new Date('2026-11-01T00:00:00.000Z');
const model = trainWinModel(syntheticOutcomes(2_000, playbook));
const population = syntheticLeads(leads, asOf);
const activitiesPerLead = population.reduce((sum, lead) => sum + lead.activities.length, 0) / leads;

const startedAt = process.hrtime.bigint();
let qualified = 0;
for (const lead of population) {
  const probability = predictWin(model, leadFeatures(lead.facts, lead.activities, asOf));
  const score = scoreLead(lead, playbook, asOf, { modelVersion: 'bench', probability, isDefault: false });
  if (scoreTrigger('lead', score, playbook, { stageChangedAt: null, lastActivityAt: null })) qualified++;
}
const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
const perSecond = leads / seconds;

console.log(`leads scored:          ${leads} (${activitiesPerLead.toFixed(1)} activities each, ${qualified} qualified)`);
console.log(`elapsed:               ${seconds.toFixed(2)} s`);
console.log(`scores per second:     ${Math.round(perSecond)}`);
console.log(`ratio to 5,000/s:      ${(perSecond / targetPerSecond).toFixed(1)}x`);
