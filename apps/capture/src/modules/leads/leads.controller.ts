import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req, Res, UseGuards } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemException, SERVICE_CONFIG, ZodValidationPipe } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { ApiKeyGuard } from '../api-keys/api-key.guard';
import { ApiKeyPrincipal } from '../api-keys/domain/api-key-scope';
import { Principal, RequiresScope } from '../api-keys/requires-scope.decorator';
import { AnswerOnceUseCase, HttpAnswer } from './answer-once.usecase';
import { BatchRequest, batchRequestSchema } from './batch-request.schema';
import { CaptureLeadUseCase } from './capture-lead.usecase';
import { idempotencyScopeOf } from './capture-request';
import { buildLeadSubmission, FieldError, SubmissionContext } from './domain/build-lead-submission';
import { LeadSubmission } from './domain/lead-submission';
import { fieldErrorsOf } from './field-errors';
import { LeadRepository } from './lead.repository';
import { LeadRequest, leadRequestSchema } from './lead-request.schema';

type BatchItemResult =
  | { index: number; status: 'created' | 'merged'; leadId: string }
  | { index: number; status: 'rejected'; errors: FieldError[] };

const unprocessable = (errors: FieldError[]) =>
  new ProblemException(422, 'Unprocessable lead', 'The request is well-formed but cannot be a lead.', errors, 'https://accord.dev/problems/unprocessable-lead');

@Controller('v1/leads')
@UseGuards(ApiKeyGuard)
export class LeadsController {
  constructor(
    private readonly captureLead: CaptureLeadUseCase,
    private readonly answerOnce: AnswerOnceUseCase,
    private readonly leads: LeadRepository,
    @Inject(SERVICE_CONFIG) private readonly config: CaptureConfig,
  ) {}

  /** 201 for a new person, 200 when the submission merged into the lead we already had. */
  @Post()
  @HttpCode(200)
  @RequiresScope('leads:write')
  async capture(
    @Body(new ZodValidationPipe(leadRequestSchema)) body: LeadRequest,
    @Principal() principal: ApiKeyPrincipal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const scope = idempotencyScopeOf(request, principal);
    const built = buildLeadSubmission(body, this.contextOf(principal), request.body);
    if (!built.ok) throw unprocessable(built.errors);
    const answer = await this.answerOnce.execute(scope, async (transaction) => {
      const result = await this.captureLead.captureIn(transaction, built.submission);
      return { status: result.outcome === 'created' ? 201 : 200, body: result };
    });
    return this.send(reply, answer);
  }

  /** Each lead is checked on its own; the valid ones are captured together in one transaction. */
  @Post('batch')
  @HttpCode(200)
  @RequiresScope('leads:write')
  async captureBatch(
    @Body(new ZodValidationPipe(batchRequestSchema)) body: BatchRequest,
    @Principal() principal: ApiKeyPrincipal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (body.leads.length > this.config.BATCH_MAX_LEADS) {
      throw new ProblemException(413, 'Batch too large', `A batch holds at most ${this.config.BATCH_MAX_LEADS} leads.`);
    }
    const scope = idempotencyScopeOf(request, principal);
    const context = this.contextOf(principal);
    const rejected: BatchItemResult[] = [];
    const valid: { index: number; submission: LeadSubmission }[] = [];
    body.leads.forEach((item, index) => {
      const parsed = leadRequestSchema.safeParse(item);
      const built = parsed.success ? buildLeadSubmission(parsed.data, context, item) : null;
      if (!parsed.success) rejected.push({ index, status: 'rejected', errors: fieldErrorsOf(parsed.error, `/leads/${index}`) });
      else if (built && !built.ok) {
        rejected.push({ index, status: 'rejected', errors: built.errors.map((error) => ({ ...error, pointer: `/leads/${index}${error.pointer}` })) });
      } else if (built?.ok) valid.push({ index, submission: built.submission });
    });
    if (valid.length === 0) throw unprocessable(rejected.flatMap((result) => ('errors' in result ? result.errors : [])));
    const answer = await this.answerOnce.execute(scope, async (transaction) => {
      const accepted: BatchItemResult[] = [];
      for (const { index, submission } of valid) {
        const result = await this.captureLead.captureIn(transaction, submission);
        accepted.push({ index, status: result.outcome, leadId: result.leadId });
      }
      const results = [...accepted, ...rejected].sort((left, right) => left.index - right.index);
      return { status: 200, body: { accepted: accepted.length, rejected: rejected.length, results } };
    });
    return this.send(reply, answer);
  }

  @Get(':id')
  @RequiresScope('leads:read')
  async findOne(@Param('id', new ParseUUIDPipe()) id: string) {
    const lead = await this.leads.findById(id);
    if (!lead) throw new ProblemException(404, 'Lead not found', `No lead has id ${id}.`);
    return lead;
  }

  private contextOf(principal: ApiKeyPrincipal): SubmissionContext {
    return {
      channel: 'api',
      source: principal.source,
      defaultPhoneRegion: principal.defaultPhoneRegion ?? this.config.DEFAULT_PHONE_REGION,
      receivedAt: new Date(),
    };
  }

  private send(reply: FastifyReply, answer: HttpAnswer & { replayed: boolean }) {
    void reply.status(answer.status);
    if (answer.replayed) void reply.header('idempotent-replayed', 'true');
    const body = answer.body as { leadId?: string; outcome?: string };
    if (answer.status === 201 && body.leadId) void reply.header('location', `/v1/leads/${body.leadId}`);
    return answer.body;
  }
}
