import { LifecycleStage } from '@accord/contracts';
import { Playbook } from '../../playbook/domain/playbook.schema';
import { StageTrigger } from './stage-machine';

export interface ScoreTrigger {
  trigger: StageTrigger;
  reason: string;
}

const qualifiable: ReadonlySet<LifecycleStage> = new Set(['lead', 'nurture', 'recycled']);

export interface StageTiming {
  /** When the lead entered its current stage; null while it never changed. */
  stageChangedAt: Date | null;
  lastActivityAt: Date | null;
}

/** A lead sales sent back, or that cooled down, re-qualifies only on engagement shown after that. */
function engagedSinceStageChange(stage: LifecycleStage, timing: StageTiming): boolean {
  if (stage === 'lead' || timing.stageChangedAt === null) return true;
  return timing.lastActivityAt !== null && timing.lastActivityAt > timing.stageChangedAt;
}

/**
 * Qualifies once per crossing of the MQL thresholds; the lower recycle threshold, not the MQL one,
 * sends an MQL sales has not accepted back to nurture, so a lead near the line does not flap.
 */
export function scoreTrigger(
  stage: LifecycleStage,
  score: { fit: { score: number }; rulePriority: number },
  playbook: Playbook,
  timing: StageTiming,
): ScoreTrigger | null {
  const { mql, recycle } = playbook.stages;
  if (
    qualifiable.has(stage) &&
    score.rulePriority >= mql.minimumPriority &&
    score.fit.score >= mql.minimumFit &&
    engagedSinceStageChange(stage, timing)
  ) {
    return {
      trigger: 'qualified',
      reason: `priority ${score.rulePriority} reached the MQL threshold ${mql.minimumPriority} with fit ${score.fit.score} (minimum ${mql.minimumFit})`,
    };
  }
  if (stage === 'mql' && score.rulePriority < recycle.belowPriority) {
    return {
      trigger: 'decayed',
      reason: `priority ${score.rulePriority} decayed below the recycle threshold ${recycle.belowPriority} before sales accepted the lead`,
    };
  }
  return null;
}
