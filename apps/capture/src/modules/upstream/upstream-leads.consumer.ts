import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { EventContext, HandlesEvent, UnprocessableEventError } from '@accord/messaging';
import { SERVICE_CONFIG } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { CaptureTransaction } from '../../database/capture-database';
import { CaptureLeadUseCase } from '../leads/capture-lead.usecase';
import { buildLeadSubmission } from '../leads/domain/build-lead-submission';
import { upstreamExternalId, upstreamSubmissionAsRequest } from './domain/upstream-submission';

const describeErrors = (errors: { pointer: string; detail: string }[]) =>
  errors.map((error) => `${error.pointer}: ${error.detail}`).join('; ');

/** Leads from systems that already stream them; what the API would refuse goes to the topic's DLQ. */
@Controller()
export class UpstreamLeadsConsumer {
  constructor(
    private readonly captureLead: CaptureLeadUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: CaptureConfig,
  ) {}

  @HandlesEvent('upstream.lead.submitted.v1')
  async handle(
    @Payload() event: AccordEvent<'upstream.lead.submitted.v1'>,
    @Ctx() context: EventContext<CaptureTransaction>,
  ): Promise<void> {
    const submission = event.payload;
    const request = upstreamSubmissionAsRequest(submission);
    if (!request.success) {
      throw new UnprocessableEventError(
        `Invalid upstream lead: ${describeErrors(request.error.issues.map((issue) => ({ pointer: `/${issue.path.join('/')}`, detail: issue.message })))}`,
      );
    }
    const built = buildLeadSubmission(
      request.data,
      {
        channel: 'kafka',
        source: submission.system,
        defaultPhoneRegion: submission.phoneRegion ?? this.config.DEFAULT_PHONE_REGION,
        receivedAt: new Date(),
        externalId: upstreamExternalId(submission),
      },
      submission,
    );
    if (!built.ok) throw new UnprocessableEventError(`Unprocessable upstream lead: ${describeErrors(built.errors)}`);
    await this.captureLead.captureIn(context.transaction, built.submission);
  }
}
