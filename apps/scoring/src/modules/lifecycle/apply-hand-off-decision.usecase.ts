import { Injectable, Logger } from '@nestjs/common';
import { AccordEvent } from '@accord/contracts';
import { ScoringTransaction } from '../../database/scoring-database';
import { Clock } from '../clock/clock';
import { ActivityRepository } from '../leads/activity.repository';
import { LeadScoreRepository, LockedLead } from '../leads/lead-score.repository';
import { CurrentPlaybook } from '../playbook/playbook.module';
import { leadFeatures } from '../win-model/domain/lead-features';
import { OutcomeKind, OutcomeRepository } from '../win-model/outcome.repository';
import { rejectionTrigger, StageTrigger } from './domain/stage-machine';
import { ChangeStageUseCase } from './change-stage.usecase';

type HandOffDecision =
  | AccordEvent<'hand-off.lead.accepted.v1'>
  | AccordEvent<'hand-off.lead.rejected.v1'>
  | AccordEvent<'hand-off.lead.recycled.v1'>
  | AccordEvent<'hand-off.lead.converted.v1'>
  | AccordEvent<'hand-off.opportunity.closed.v1'>;

interface Step {
  trigger: StageTrigger;
  reason: string;
}

const dayMs = 86_400_000;

/** What each decision from sales means for the lifecycle, step by step. */
function stepsFor(event: HandOffDecision): Step[] {
  switch (event.type) {
    case 'hand-off.lead.accepted.v1':
      return [{ trigger: 'accepted', reason: 'sales accepted the lead' }];
    case 'hand-off.lead.rejected.v1':
      return [{ trigger: rejectionTrigger(event.payload.reason), reason: `sales rejected the lead: ${event.payload.reason}` }];
    case 'hand-off.lead.recycled.v1':
      return [{ trigger: 'recycled', reason: 'sales recycled the lead to marketing' }];
    case 'hand-off.lead.converted.v1':
      return [
        { trigger: 'converted', reason: 'sales qualified the lead' },
        { trigger: 'opportunity-opened', reason: `opportunity ${event.payload.opportunityId} opened` },
      ];
    case 'hand-off.opportunity.closed.v1':
      return [{ trigger: event.payload.outcome, reason: `opportunity ${event.payload.opportunityId} ${event.payload.outcome}` }];
  }
}

function outcomeOf(event: HandOffDecision): OutcomeKind | null {
  if (event.type === 'hand-off.lead.rejected.v1') return 'rejected';
  if (event.type === 'hand-off.opportunity.closed.v1') return event.payload.outcome;
  return null;
}

@Injectable()
export class ApplyHandOffDecisionUseCase {
  private readonly logger = new Logger(ApplyHandOffDecisionUseCase.name);

  constructor(
    private readonly leads: LeadScoreRepository,
    private readonly activities: ActivityRepository,
    private readonly outcomes: OutcomeRepository,
    private readonly changeStage: ChangeStageUseCase,
    private readonly current: CurrentPlaybook,
    private readonly clock: Clock,
  ) {}

  async execute(event: HandOffDecision, transaction: ScoringTransaction): Promise<void> {
    const { leadId } = event.payload;
    const lead = await this.leads.lock(transaction, leadId);
    if (!lead) {
      this.logger.warn({ leadId, eventType: event.type, eventId: event.id }, 'decision for a lead scoring never saw; ignored');
      return;
    }
    const now = this.clock.now();
    const outcome = outcomeOf(event);
    if (outcome) await this.recordOutcome(transaction, event, outcome, lead, now);
    let stage = lead.stage;
    for (const step of stepsFor(event)) {
      const next = await this.changeStage.execute(transaction, leadId, stage, step.trigger, step.reason, now, event);
      if (next === stage) break;
      stage = next;
    }
  }

  private async recordOutcome(transaction: ScoringTransaction, event: HandOffDecision, outcome: OutcomeKind, lead: LockedLead, now: Date) {
    const since = new Date(now.getTime() - this.current.playbook.engagement.lookbackDays * dayMs);
    const activities = await this.activities.since(transaction, event.payload.leadId, since);
    await this.outcomes.record(transaction, {
      eventId: event.id,
      leadId: event.payload.leadId,
      outcome,
      fitGrade: lead.fitGrade,
      rulePriority: lead.rulePriority,
      features: leadFeatures(lead.facts, activities, now),
      occurredAt: now,
    });
  }
}
