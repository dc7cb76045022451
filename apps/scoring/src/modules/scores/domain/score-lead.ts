import { FitGrade, LifecycleStage } from '@accord/contracts';
import { FitModel, KnownFacts } from './fit-model';

export interface Contribution {
  rule: string;
  dimension: 'fit' | 'engagement';
  points: number;
}

export interface LeadScoreResult {
  modelVersion: string;
  fitScore: number;
  fitGrade: FitGrade;
  engagementScore: number;
  priority: number;
  explanation: Contribution[];
}

/** Fit from the facts, explained rule by rule; engagement has no activities to weigh yet. */
export function scoreLead(facts: KnownFacts, model: FitModel): LeadScoreResult {
  const explanation: Contribution[] = model.rules
    .filter((rule) => rule.applies(facts))
    .map((rule) => ({ rule: rule.name, dimension: 'fit', points: rule.points }));
  const fitScore = Math.min(100, explanation.reduce((sum, contribution) => sum + contribution.points, 0));
  const fitGrade = model.grades.find((band) => fitScore >= band.minimum)?.grade ?? 'D';
  const engagementScore = 0;
  return {
    modelVersion: model.version,
    fitScore,
    fitGrade,
    engagementScore,
    priority: Math.round(0.7 * fitScore + 0.3 * engagementScore),
    explanation,
  };
}

/** A new lead becomes an MQL once; later re-scores never qualify it a second time. */
export function nextStage(current: LifecycleStage, score: LeadScoreResult, model: FitModel): LifecycleStage {
  return current === 'lead' && score.fitScore >= model.mqlThreshold ? 'mql' : current;
}
