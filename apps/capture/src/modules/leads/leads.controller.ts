import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiResponse, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { OwnAuthentication, ProblemException, RequireDependencies, SERVICE_CONFIG, ZodValidationPipe } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { openApiSchemaOf, problemResponse } from '../../http/openapi';
import { ApiKeyGuard } from '../api-keys/api-key.guard';
import { ApiKeyPrincipal } from '../api-keys/domain/api-key-scope';
import { Principal, RequiresScope } from '../api-keys/requires-scope.decorator';
import { AnswerOnceUseCase, HttpAnswer } from './answer-once.usecase';
import { BatchRequest, batchRequestSchema } from './batch-request.schema';
import { CaptureLeadUseCase } from './capture-lead.usecase';
import { idempotencyScopeOf } from './capture-request';
import { buildLeadSubmission, FieldError, SubmissionContext } from './domain/build-lead-submission';
import { CaptureOutcome, LeadSubmission } from './domain/lead-submission';
import { fieldErrorsOf } from './field-errors';
import { LeadRepository } from './lead.repository';
import { LeadRequest, leadRequestSchema } from './lead-request.schema';

type BatchItemResult =
  | { index: number; status: 'created' | 'merged' | 'duplicate'; leadId: string }
  | { index: number; status: 'rejected'; errors: FieldError[] };

const unprocessable = (errors: FieldError[]) =>
  new ProblemException(422, 'Unprocessable lead', 'The request is well-formed but cannot be a lead.', errors, 'https://accord.dev/problems/unprocessable-lead');

const leadAnswer = { schema: { type: 'object', properties: { leadId: { type: 'string', format: 'uuid' }, outcome: { enum: ['created', 'merged'] } } } };
const idempotencyHeader = { name: 'Idempotency-Key', required: false, description: 'Repeats with the same key and body get the first answer; another body is a 409.' };

@ApiTags('leads')
@ApiBearerAuth('api-key')
@ApiResponse({ status: 401, description: 'No, a malformed, unknown or revoked API key', ...problemResponse })
@ApiResponse({ status: 403, description: 'The API key lacks the scope', ...problemResponse })
@ApiResponse({ status: 429, description: 'The source is over its rate limit; see Retry-After', ...problemResponse })
// per-source API keys with scopes (ApiKeyGuard) authenticate these routes.
@OwnAuthentication()
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
  @UseGuards(RequireDependencies)
  @Post()
  @HttpCode(200)
  @ApiBody({ schema: openApiSchemaOf(leadRequestSchema) })
  @ApiHeader(idempotencyHeader)
  @ApiResponse({ status: 201, description: 'A new lead', content: { 'application/json': leadAnswer } })
  @ApiResponse({ status: 200, description: 'Merged into the lead with this e-mail or phone', content: { 'application/json': leadAnswer } })
  @ApiResponse({ status: 400, description: 'Invalid fields, with JSON Pointers', ...problemResponse })
  @ApiResponse({ status: 409, description: 'Idempotency-Key reused for another body', ...problemResponse })
  @ApiResponse({ status: 413, description: 'Body over the size limit', ...problemResponse })
  @ApiResponse({ status: 415, description: 'Not application/json', ...problemResponse })
  @ApiResponse({ status: 422, description: 'Well-formed but not a lead (e.g. an invalid phone number)', ...problemResponse })
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
    const answerOf = (result: CaptureOutcome) => ({ status: result.outcome === 'created' ? 201 : 200, body: result });
    const answer = scope
      ? await this.answerOnce.execute(scope, async (transaction) => answerOf(await this.captureLead.captureIn(transaction, built.submission)))
      : { ...answerOf(await this.captureLead.capture(built.submission)), replayed: false };
    return this.send(reply, answer);
  }

  /** Each lead is checked on its own; the valid ones are captured together in one transaction. */
  @UseGuards(RequireDependencies)
  @Post('batch')
  @HttpCode(200)
  @ApiBody({ schema: { type: 'object', required: ['leads'], properties: { leads: { type: 'array', items: openApiSchemaOf(leadRequestSchema) } } } })
  @ApiHeader(idempotencyHeader)
  @ApiResponse({ status: 200, description: 'Per-row report: created, merged or rejected with field errors' })
  @ApiResponse({ status: 413, description: 'More leads than BATCH_MAX_LEADS', ...problemResponse })
  @ApiResponse({ status: 422, description: 'No lead in the batch is valid', ...problemResponse })
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
  @ApiResponse({ status: 200, description: 'The lead with its touchpoints and consent records' })
  @ApiResponse({ status: 404, description: 'No such lead', ...problemResponse })
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
