import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { ChunkWideStatement, EventContext, HandlesEvent } from '@accord/messaging';
import { RewardsTransaction } from '../../database/rewards-database';
import { RecordAttributionInputsUsecase } from '../attribution/record-attribution-inputs.usecase';
import { RecordedTouchpoint } from '../attribution/touchpoint.repository';
import { FunnelRepository, FunnelWrite } from '../funnel/funnel.repository';
import { KpiRollupRepository } from '../kpis/kpi-rollup.repository';

type Context = EventContext<RewardsTransaction>;
type LeadCaptured = AccordEvent<'capture.lead.captured.v1'>;
type TouchpointRecorded = AccordEvent<'capture.touchpoint.recorded.v1'>;
type StageChanged = AccordEvent<'scoring.lead.stage-changed.v1'>;
type LeadAssigned = AccordEvent<'hand-off.lead.assigned.v1'>;
type EventFunnelWrite = FunnelWrite & { eventId: string };

const capturedWrite = (event: LeadCaptured): EventFunnelWrite => {
  const { leadId, touchpoint, isTest } = event.payload;
  const { channel, source, campaign } = touchpoint;
  return { eventId: event.id, kind: 'captured', lead: { leadId, channel, source, campaign, isTest, capturedAt: new Date(event.occurredAt) } };
};

const qualifiedWrite = (event: StageChanged): EventFunnelWrite => ({
  eventId: event.id,
  kind: 'first',
  leadId: event.payload.leadId,
  moment: 'mql',
  at: new Date(event.payload.changedAt),
});

const assignedWrite = (event: LeadAssigned): EventFunnelWrite => ({
  eventId: event.id,
  kind: 'assigned',
  leadId: event.payload.leadId,
  assignedAt: new Date(event.payload.assignedAt),
  assigneeId: event.payload.assignee.id,
});

/** The touchpoint a capture reports; the one that created the lead has no id of its own before capture gives it one. */
function touchpointOf(event: LeadCaptured | TouchpointRecorded): RecordedTouchpoint {
  const { leadId, touchpoint } = event.payload;
  const isLeadCreation = event.type === 'capture.lead.captured.v1';
  return {
    touchpointId: touchpoint.touchpointId ?? `${leadId}:lead-creation`,
    leadId,
    channel: touchpoint.channel,
    source: touchpoint.source,
    campaign: touchpoint.campaign,
    occurredAt: new Date(touchpoint.occurredAt),
    isLeadCreation,
  };
}

/**
 * Every step of a lead through the pipeline lands in the shared funnel, its KPI roll-up and attribution.
 * Attribution runs inside the roll-up's change too, under the same lead lock, so every handler takes
 * its locks in one order: the lead, then the roll-up rows.
 */
@Controller()
export class PipelineEventsConsumer {
  /** The funnel writes of a chunk's events (each lead's next), one statement for each kind among them. */
  private readonly funnelAhead = new ChunkWideStatement<RewardsTransaction, EventFunnelWrite, void>(
    async (transaction, writes) => {
      await this.funnel.record(transaction, writes);
      return writes.map(() => undefined);
    },
    (write) => write.eventId,
  );

  constructor(
    private readonly funnel: FunnelRepository,
    private readonly attribution: RecordAttributionInputsUsecase,
    private readonly cohorts: KpiRollupRepository,
  ) {}

  @HandlesEvent('capture.lead.captured.v1')
  captured(@Payload() event: LeadCaptured, @Ctx() context: Context) {
    const upcoming = context.nextOfEachLead(event) as LeadCaptured[];
    return this.cohorts.applyLeadChange(
      context.transaction,
      event.payload.leadId,
      async () => {
        await this.funnelAhead.answer(context.transaction, capturedWrite(event), upcoming.map(capturedWrite));
        await this.attribution.touchpointRecorded(context.transaction, touchpointOf(event), upcoming.map(touchpointOf));
      },
      context.chunkLeadIds,
    );
  }

  @HandlesEvent('capture.touchpoint.recorded.v1')
  touchpointRecorded(@Payload() event: TouchpointRecorded, @Ctx() context: Context) {
    const upcoming = context.nextOfEachLead(event) as TouchpointRecorded[];
    return this.attribution.touchpointRecorded(context.transaction, touchpointOf(event), upcoming.map(touchpointOf));
  }

  @HandlesEvent('scoring.lead.stage-changed.v1')
  async stageChanged(
    @Payload() event: AccordEvent<'scoring.lead.stage-changed.v1'>,
    @Ctx() context: Context,
  ) {
    if (event.payload.to !== 'mql') return;
    const upcoming = context.nextOfEachLead(event, (next) => (next as StageChanged).payload.to === 'mql') as StageChanged[];
    await this.cohorts.applyLeadChange(
      context.transaction,
      event.payload.leadId,
      () => this.funnelAhead.answer(context.transaction, qualifiedWrite(event), upcoming.map(qualifiedWrite)),
      context.chunkLeadIds,
    );
  }

  @HandlesEvent('hand-off.lead.assigned.v1')
  assigned(@Payload() event: LeadAssigned, @Ctx() context: Context) {
    const upcoming = context.nextOfEachLead(event) as LeadAssigned[];
    return this.cohorts.applyLeadChange(
      context.transaction,
      event.payload.leadId,
      () => this.funnelAhead.answer(context.transaction, assignedWrite(event), upcoming.map(assignedWrite)),
      context.chunkLeadIds,
    );
  }

  @HandlesEvent('hand-off.lead.accepted.v1')
  accepted(@Payload() event: AccordEvent<'hand-off.lead.accepted.v1'>, @Ctx() context: Context) {
    const { leadId, decidedAt } = event.payload;
    return this.cohorts.applyLeadChange(
      context.transaction,
      leadId,
      () => this.funnel.recordFirst(context.transaction, leadId, 'accepted', new Date(decidedAt)),
      context.chunkLeadIds,
    );
  }

  @HandlesEvent('hand-off.lead.rejected.v1')
  rejected(@Payload() event: AccordEvent<'hand-off.lead.rejected.v1'>, @Ctx() context: Context) {
    const { leadId, decidedAt, reason } = event.payload;
    return this.cohorts.applyLeadChange(
      context.transaction,
      leadId,
      async () => {
        await this.funnel.recordFirst(context.transaction, leadId, 'rejected', new Date(decidedAt));
        await this.funnel.recordRejectionReason(context.transaction, leadId, reason);
      },
      context.chunkLeadIds,
    );
  }

  @HandlesEvent('hand-off.lead.recycled.v1')
  recycled(@Payload() event: AccordEvent<'hand-off.lead.recycled.v1'>, @Ctx() context: Context) {
    const { leadId, decidedAt } = event.payload;
    return this.funnel.recordFirst(context.transaction, leadId, 'recycled', new Date(decidedAt));
  }

  @HandlesEvent('hand-off.lead.converted.v1')
  converted(@Payload() event: AccordEvent<'hand-off.lead.converted.v1'>, @Ctx() context: Context) {
    const { leadId, decidedAt, opportunityId, track } = event.payload;
    return this.cohorts.applyLeadChange(
      context.transaction,
      leadId,
      async () => {
        await this.funnel.recordFirst(context.transaction, leadId, 'sql', new Date(decidedAt));
        await this.attribution.opportunityOpened(context.transaction, {
          opportunityId,
          leadId,
          track,
          convertedAt: new Date(decidedAt),
        });
      },
      context.chunkLeadIds,
    );
  }

  @HandlesEvent('hand-off.opportunity.closed.v1')
  closed(@Payload() event: AccordEvent<'hand-off.opportunity.closed.v1'>, @Ctx() context: Context) {
    const { leadId, opportunityId, outcome, amount, closedAt, track, creditedMarketerId } =
      event.payload;
    return this.cohorts.applyLeadChange(
      context.transaction,
      leadId,
      () =>
        this.attribution.opportunityClosed(context.transaction, {
          opportunityId,
          leadId,
          track,
          outcome,
          amountMinor: amount.amountMinor,
          currency: amount.currency,
          closedAt: new Date(closedAt),
          creditedMarketerId,
        }),
      context.chunkLeadIds,
    );
  }

  @HandlesEvent('hand-off.sla.breached.v1')
  slaBreached(@Payload() event: AccordEvent<'hand-off.sla.breached.v1'>, @Ctx() context: Context) {
    const { leadId, breachedAt } = event.payload;
    return this.cohorts.applyLeadChange(
      context.transaction,
      leadId,
      () =>
        this.funnel.recordFirst(context.transaction, leadId, 'slaBreached', new Date(breachedAt)),
      context.chunkLeadIds,
    );
  }
}
