import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { RawBodyRequest } from '@nestjs/common/interfaces';
import { FastifyRequest } from 'fastify';
import { opportunityOutcomeV1 } from '@accord/contracts';
import { OwnAuthentication, ZodValidationPipe } from '@accord/platform';
import { OutcomeSignature } from './outcome-signature';
import { OutcomeReceipt, OutcomeReportRequest, RecordOutcomeUseCase } from './record-outcome.usecase';

// Sales tools sign each outcome (OUTCOME_WEBHOOK_SECRET); the signature authenticates the call.
@OwnAuthentication()
@Controller('v1/outcomes')
export class OutcomesController {
  private readonly validate = new ZodValidationPipe(opportunityOutcomeV1.payload);

  constructor(
    private readonly signature: OutcomeSignature,
    private readonly recordOutcome: RecordOutcomeUseCase,
  ) {}

  /** A signed opportunity outcome from a sales tool; 202 whether or not its lead is known yet. */
  @Post()
  @HttpCode(202)
  receive(@Req() request: RawBodyRequest<FastifyRequest>, @Body() body: unknown): Promise<OutcomeReceipt> {
    this.signature.verify(request.rawBody, request.headers);
    const report: OutcomeReportRequest = this.validate.transform(body);
    return this.recordOutcome.fromWebhook(report);
  }
}
