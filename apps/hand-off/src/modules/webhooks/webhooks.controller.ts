import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ProblemException, Roles, ZodValidationPipe } from '@accord/platform';
import { SubscriptionRequest, subscriptionRequestSchema } from './subscription-request.schema';
import { WebhookSubscriptionRepository } from './webhook-subscription.repository';

const subscriptionNotFound = (id: string) => new ProblemException(404, 'Subscription not found', `No webhook subscription has id ${id}.`);

@Roles('admin')
@Controller('v1/webhooks/subscriptions')
export class WebhooksController {
  constructor(private readonly subscriptions: WebhookSubscriptionRepository) {}

  /** 201 with the subscription's signing secret, which is shown only here. */
  @Post()
  create(@Body(new ZodValidationPipe(subscriptionRequestSchema)) request: SubscriptionRequest) {
    return this.subscriptions.create(request);
  }

  @Get()
  list() {
    return this.subscriptions.list();
  }

  @Delete(':id')
  @HttpCode(204)
  async deactivate(@Param('id', new ParseUUIDPipe()) id: string) {
    if (!(await this.subscriptions.deactivate(id))) throw subscriptionNotFound(id);
  }

  @Get(':id/dead-letters')
  async deadLetters(@Param('id', new ParseUUIDPipe()) id: string) {
    if (!(await this.subscriptions.exists(id))) throw subscriptionNotFound(id);
    return this.subscriptions.deadLetters(id);
  }

  @Post(':id/dead-letters/:deliveryId/redeliver')
  @HttpCode(202)
  async redeliver(@Param('id', new ParseUUIDPipe()) id: string, @Param('deliveryId', new ParseUUIDPipe()) deliveryId: string) {
    if (!(await this.subscriptions.redeliver(id, deliveryId))) {
      throw new ProblemException(404, 'Dead letter not found', `Subscription ${id} has no dead letter ${deliveryId}.`);
    }
    return { deliveryId, status: 'pending' };
  }
}
