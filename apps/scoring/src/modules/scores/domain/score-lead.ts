import { FitGrade } from '@accord/contracts';
import { KnownFacts } from '../../playbook/domain/fact-condition';
import { Playbook } from '../../playbook/domain/playbook.schema';
import { Contribution } from './contribution';
import { engagementScore, ScoredActivity } from './engagement-score';
import { fitScore } from './fit-score';

export interface WinPrediction {
  modelVersion: string;
  probability: number;
  /** The model beat the rule score on held-out outcomes, so it ranks leads. */
  isDefault: boolean;
}

export interface LeadScore {
  playbookVersion: string;
  modelVersion: string;
  fit: { score: number; grade: FitGrade };
  engagement: { score: number };
  /** Always from the playbook; stage thresholds are expressed in it. */
  rulePriority: number;
  priority: number;
  priorityBasis: 'rule' | 'model';
  predictedWinProbability: number | null;
  explanation: Contribution[];
}

export interface LeadEvidence {
  facts: KnownFacts;
  activities: readonly ScoredActivity[];
}

export function scoreLead(evidence: LeadEvidence, playbook: Playbook, asOf: Date, prediction?: WinPrediction): LeadScore {
  const fit = fitScore(evidence.facts, playbook);
  const engagement = engagementScore(evidence.activities, playbook, asOf);
  const rulePriority = Math.round(
    playbook.priority.fitWeight * fit.score + playbook.priority.engagementWeight * engagement.score,
  );
  const modelRanks = prediction?.isDefault === true;
  return {
    playbookVersion: playbook.version,
    modelVersion: modelRanks ? `${playbook.version}+${prediction.modelVersion}` : playbook.version,
    fit: { score: fit.score, grade: fit.grade },
    engagement: { score: engagement.score },
    rulePriority,
    priority: modelRanks ? Math.round(prediction.probability * 100) : rulePriority,
    priorityBasis: modelRanks ? 'model' : 'rule',
    predictedWinProbability: prediction ? Math.round(prediction.probability * 10_000) / 10_000 : null,
    explanation: [...fit.contributions, ...engagement.contributions],
  };
}
