import { Module } from '@nestjs/common';
import { LeadLockRepository } from '../../database/lead-lock.repository';
import { AttributionController } from './attribution.controller';
import { AttributionCreditRepository } from './attribution-credit.repository';
import { CampaignOwnerRepository } from './campaign-owner.repository';
import { CreditWonDealsUsecase } from './credit-won-deals.usecase';
import { OpportunityRepository } from './opportunity.repository';
import { RecordAttributionInputsUsecase } from './record-attribution-inputs.usecase';
import { TouchpointRepository } from './touchpoint.repository';

@Module({
  controllers: [AttributionController],
  providers: [
    AttributionCreditRepository,
    CampaignOwnerRepository,
    CreditWonDealsUsecase,
    LeadLockRepository,
    OpportunityRepository,
    RecordAttributionInputsUsecase,
    TouchpointRepository,
  ],
  exports: [RecordAttributionInputsUsecase],
})
export class AttributionModule {}
