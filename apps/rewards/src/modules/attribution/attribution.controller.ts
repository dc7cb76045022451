import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { Roles, ZodValidationPipe } from '@accord/platform';
import { AttributionCreditRepository } from './attribution-credit.repository';
import { AttributionQuery, CampaignName, CampaignOwnerBody } from './attribution-query';
import { CampaignOwnerRepository } from './campaign-owner.repository';

@Controller('v1')
export class AttributionController {
  constructor(
    private readonly credits: AttributionCreditRepository,
    private readonly owners: CampaignOwnerRepository,
  ) {}

  /** Won revenue credited by one model, per channel, source, campaign or owning marketer; `to` is exclusive. */
  @Get('attribution')
  async attribution(@Query(new ZodValidationPipe(AttributionQuery)) query: AttributionQuery) {
    const groups = await this.credits.grouped(query);
    return { model: query.model, groupBy: query.groupBy, from: query.from ?? null, to: query.to ?? null, groups };
  }

  @Roles('admin')
  @Put('campaigns/:campaign/owner')
  assignOwner(
    @Param('campaign', new ZodValidationPipe(CampaignName)) campaign: string,
    @Body(new ZodValidationPipe(CampaignOwnerBody)) body: CampaignOwnerBody,
  ) {
    return this.owners.assign({ campaign, marketerId: body.marketerId });
  }

  @Get('campaigns/owners')
  async listOwners() {
    return { owners: await this.owners.list() };
  }
}
