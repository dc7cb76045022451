import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CurrentPrincipal, hasRole, Principal, ProblemException, unauthenticated, ZodValidationPipe } from '@accord/platform';
import { Actor } from './domain/actor';
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

/** Reps act on their own assignments, managers on their team's, admins on any; the actor is the caller's token `sub`. */
@Controller('v1/assignments')
export class RepActionsController {
  constructor(private readonly actions: RepActionsUseCase) {}

  @Post(':id/accept')
  @HttpCode(200)
  accept(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() actor: Principal) {
    return this.actions.accept(id, actorOf(actor));
  }

  @Post(':id/reject')
  @HttpCode(200)
  reject(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(new ZodValidationPipe(rejectRequestSchema)) request: RejectRequest,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.actions.reject(id, actorOf(actor), request);
  }

  @Post(':id/recycle')
  @HttpCode(200)
  recycle(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(new ZodValidationPipe(recycleRequestSchema)) request: RecycleRequest,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.actions.recycle(id, actorOf(actor), request);
  }

  @Post(':id/convert')
  @HttpCode(200)
  convert(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(new ZodValidationPipe(convertRequestSchema)) request: ConvertRequest,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.actions.convert(id, actorOf(actor), request);
  }

  @Post(':id/delegate')
  @HttpCode(200)
  delegate(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(new ZodValidationPipe(delegateRequestSchema)) request: DelegateRequest,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.actions.delegate(id, actorOf(actor), request.marketerId);
  }
}

function actorOf(principal: Principal): Actor {
  // People act on assignments; a system credential names nobody who could.
  if (principal.kind !== 'person' || principal.id === null) throw unauthenticated('Send the acting person’s token: Authorization: Bearer <JWT>.');
  // Without authentication (development only) the x-rep-id header names the actor, so check it is a rep id.
  if (!principal.verified && !actorSchema.safeParse(principal.id).success) {
    throw new ProblemException(400, 'Invalid request', 'The x-rep-id header is not a rep id.', [{ pointer: '/headers/x-rep-id', detail: 'must be a rep id' }]);
  }
  return { id: principal.id, admin: hasRole(principal, 'admin'), managedTeam: hasRole(principal, 'manager') ? principal.team : null };
}
