import { FitGrade } from '@accord/contracts';
import { conditionHolds, KnownFacts } from '../../playbook/domain/fact-condition';
import { Playbook } from '../../playbook/domain/playbook.schema';
import { Contribution } from './contribution';

export interface FitScore {
  score: number;
  grade: FitGrade;
  contributions: Contribution[];
}

export function fitScore(facts: KnownFacts, playbook: Playbook): FitScore {
  const contributions: Contribution[] = playbook.fit.rules
    .filter((rule) => conditionHolds(rule.when, facts))
    .map((rule) => ({ rule: rule.name, dimension: 'fit', points: rule.points }));
  const total = contributions.reduce((sum, contribution) => sum + contribution.points, 0);
  const score = Math.max(0, Math.min(100, total));
  return { score, grade: gradeFor(score, playbook), contributions };
}

export function gradeFor(fit: number, playbook: Playbook): FitGrade {
  return playbook.grades.find((band) => fit >= band.minimumFit)?.grade ?? 'D';
}
