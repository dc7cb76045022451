import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ProblemException, ZodValidationPipe } from '@accord/platform';
import {
  actorSchema,
  ConvertRequest,
  convertRequestSchema,
  DelegateRequest,
  delegateRequestSchema,
  RecycleRequest,
  recycleRequestSchema,
  RejectRequest,
  rejectRequestSchema,
} from './rep-action-request.schema';
import { RepActionsUseCase } from './rep-actions.usecase';

/** Reps act on their own assignments; the acting rep is named by the x-rep-id header. */
@Controller('v1/assignments')
export class RepActionsController {
  constructor(private readonly actions: RepActionsUseCase) {}

  @Post(':id/accept')
  @HttpCode(200)
  accept(@Param('id', new ParseUUIDPipe()) id: string, @Headers('x-rep-id') actor?: string) {
    return this.actions.accept(id, actorOf(actor));
  }

  @Post(':id/reject')
  @HttpCode(200)
  reject(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(new ZodValidationPipe(rejectRequestSchema)) request: RejectRequest,
    @Headers('x-rep-id') actor?: string,
  ) {
    return this.actions.reject(id, actorOf(actor), request);
  }

  @Post(':id/recycle')
  @HttpCode(200)
  recycle(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(new ZodValidationPipe(recycleRequestSchema)) request: RecycleRequest,
    @Headers('x-rep-id') actor?: string,
  ) {
    return this.actions.recycle(id, actorOf(actor), request);
  }

  @Post(':id/convert')
  @HttpCode(200)
  convert(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(new ZodValidationPipe(convertRequestSchema)) request: ConvertRequest,
    @Headers('x-rep-id') actor?: string,
  ) {
    return this.actions.convert(id, actorOf(actor), request);
  }

  @Post(':id/delegate')
  @HttpCode(200)
  delegate(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(new ZodValidationPipe(delegateRequestSchema)) request: DelegateRequest,
    @Headers('x-rep-id') actor?: string,
  ) {
    return this.actions.delegate(id, actorOf(actor), request.marketerId);
  }
}

function actorOf(header: string | undefined): string {
  if (!header) throw new ProblemException(401, 'Who is acting?', 'Send the acting rep’s id in the x-rep-id header.', [], 'about:blank', { 'www-authenticate': 'x-rep-id' });
  const parsed = actorSchema.safeParse(header);
  if (!parsed.success) throw new ProblemException(400, 'Invalid request', 'The x-rep-id header is not a rep id.', [{ pointer: '/headers/x-rep-id', detail: 'must be a rep id' }]);
  return parsed.data;
}
