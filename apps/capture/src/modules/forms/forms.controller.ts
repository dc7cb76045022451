import { Controller, HttpCode, Inject, Options, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemException, Public, RequireDependencies, SERVICE_CONFIG } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { problemResponse } from '../../http/openapi';
import { fieldErrorsOf } from '../leads/field-errors';
import { leadRequestSchema } from '../leads/lead-request.schema';
import { SourceRateLimiter } from '../rate-limit/source-rate-limiter';
import { CaptureWebhookLeadUseCase } from '../webhooks/capture-webhook-lead.usecase';
import { formFieldsAsRequest, isHoneypotFilled, isOriginAllowed, WebForm } from './domain/web-form';

const formContentTypes = ['application/x-www-form-urlencoded', 'multipart/form-data'];

@ApiTags('forms')
// browsers post forms; CORS, the honeypot and the rate limit guard them.
@Public()
@Controller('v1/forms')
export class FormsController {
  constructor(
    private readonly captureLead: CaptureWebhookLeadUseCase,
    private readonly rateLimiter: SourceRateLimiter,
    @Inject(SERVICE_CONFIG) private readonly config: CaptureConfig,
  ) {}

  /** CORS preflight for pages that post the form from script. */
  @Options(':formKey')
  preflight(@Param('formKey') formKey: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const form = this.formOf(formKey);
    this.allowOrigin(form, request, reply);
    return reply
      .status(204)
      .header('access-control-allow-methods', 'POST')
      .header('access-control-allow-headers', 'content-type')
      .header('access-control-max-age', '600')
      .send();
  }

  @UseGuards(RequireDependencies)
  @Post(':formKey')
  @HttpCode(200)
  @ApiConsumes(...formContentTypes)
  @ApiOperation({ summary: 'An HTML form posted straight from a browser' })
  @ApiResponse({ status: 303, description: 'Captured (or caught in the honeypot); on to the thank-you page' })
  @ApiResponse({ status: 403, description: 'Origin not allowed for this form', ...problemResponse })
  @ApiResponse({ status: 404, description: 'No such form', ...problemResponse })
  @ApiResponse({ status: 415, description: 'Not a form encoding', ...problemResponse })
  async submit(@Param('formKey') formKey: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const form = this.formOf(formKey);
    this.allowOrigin(form, request, reply);
    const contentType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!formContentTypes.includes(contentType)) {
      throw new ProblemException(415, 'Unsupported Media Type', 'Send application/x-www-form-urlencoded or multipart/form-data.');
    }
    const limit = this.rateLimiter.take(form.source);
    if (!limit.allowed) {
      throw new ProblemException(429, 'Too Many Requests', `Form ${formKey} is over its rate limit.`, undefined, 'https://accord.dev/problems/rate-limited', {
        'retry-after': String(limit.retryAfterSeconds),
      });
    }
    const fields = request.body && typeof request.body === 'object' ? (request.body as Record<string, unknown>) : {};
    if (isHoneypotFilled(form, fields)) return this.answer(reply, form, 200, { outcome: 'received' });
    const pageUrl = typeof request.headers.referer === 'string' && URL.canParse(request.headers.referer) ? request.headers.referer : null;
    const parsed = leadRequestSchema.safeParse(formFieldsAsRequest(form, fields, pageUrl, formKey));
    if (!parsed.success) {
      throw new ProblemException(400, 'Invalid request', 'One or more fields are invalid.', fieldErrorsOf(parsed.error), 'https://accord.dev/problems/invalid-request');
    }
    const outcome = await this.captureLead.execute(
      parsed.data,
      {
        channel: 'web_form',
        source: form.source,
        defaultPhoneRegion: form.defaultPhoneRegion ?? this.config.DEFAULT_PHONE_REGION,
        receivedAt: new Date(),
      },
      fields,
    );
    return this.answer(reply, form, outcome.outcome === 'created' ? 201 : 200, outcome);
  }

  private answer(reply: FastifyReply, form: WebForm, status: number, body: object) {
    if (form.redirectUrl) {
      void reply.status(303).header('location', form.redirectUrl);
      return '';
    }
    void reply.status(status);
    return body;
  }

  private formOf(formKey: string): WebForm {
    const form = Object.hasOwn(this.config.WEB_FORMS, formKey) ? this.config.WEB_FORMS[formKey] : undefined;
    if (!form) throw new ProblemException(404, 'Form not found', `No form has the key ${formKey}.`);
    return form;
  }

  /** Script on an allowed page may read the answer; other pages may not post at all. */
  private allowOrigin(form: WebForm, request: FastifyRequest, reply: FastifyReply): void {
    const origin = request.headers.origin;
    if (!origin || origin === 'null') return;
    if (!isOriginAllowed(form, origin)) {
      throw new ProblemException(403, 'Forbidden', `Origin ${origin} may not post this form.`, undefined, 'https://accord.dev/problems/origin-not-allowed');
    }
    void reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
  }
}
