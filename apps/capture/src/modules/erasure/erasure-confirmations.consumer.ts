import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent, erasureConfirmations } from '@accord/contracts';
import { EventContext, HandlesEvent } from '@accord/messaging';
import { CaptureTransaction } from '../../database/capture-database';
import { ErasureRequestRepository } from './erasure-request.repository';

type Confirmation = AccordEvent<(typeof erasureConfirmations)[number]['type']>;

/** Each service's confirmation completes its line of the erasure report. */
@Controller()
export class ErasureConfirmationsConsumer {
  constructor(private readonly erasures: ErasureRequestRepository) {}

  @HandlesEvent('enrichment.lead.erasure-completed.v1')
  enrichment(@Payload() event: Confirmation, @Ctx() context: EventContext<CaptureTransaction>): Promise<void> {
    return this.record(event, context);
  }

  @HandlesEvent('scoring.lead.erasure-completed.v1')
  scoring(@Payload() event: Confirmation, @Ctx() context: EventContext<CaptureTransaction>): Promise<void> {
    return this.record(event, context);
  }

  @HandlesEvent('hand-off.lead.erasure-completed.v1')
  handOff(@Payload() event: Confirmation, @Ctx() context: EventContext<CaptureTransaction>): Promise<void> {
    return this.record(event, context);
  }

  @HandlesEvent('rewards.lead.erasure-completed.v1')
  rewards(@Payload() event: Confirmation, @Ctx() context: EventContext<CaptureTransaction>): Promise<void> {
    return this.record(event, context);
  }

  private async record(event: Confirmation, context: EventContext<CaptureTransaction>): Promise<void> {
    const { erasureId, completedAt, kept } = event.payload;
    await this.erasures.confirm(context.transaction, { erasureId, service: event.producer, completedAt: new Date(completedAt), kept });
  }
}
