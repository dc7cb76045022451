import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { RewardsTransaction } from '../../database/rewards-database';
import { RewardsConfig } from '../../config/rewards-config';
import { AttributionCreditRepository, StoredCredit } from './attribution-credit.repository';
import { attributeDeal } from './domain/attribute-deal';
import { attributionModels } from './domain/attribution-model';
import { buildJourney } from './domain/journey';
import { ModelSettings } from './domain/model-weights';
import { OpportunityRepository } from './opportunity.repository';
import { TouchpointRepository } from './touchpoint.repository';

const dayMs = 24 * 60 * 60 * 1000;

/** Recomputes every model's credits for all of a lead's won deals from what is known now. */
@Injectable()
export class CreditWonDealsUsecase {
  private readonly settings: ModelSettings;

  constructor(
    private readonly touchpoints: TouchpointRepository,
    private readonly opportunities: OpportunityRepository,
    private readonly credits: AttributionCreditRepository,
    @Inject(SERVICE_CONFIG) config: RewardsConfig,
  ) {
    this.settings = { timeDecayHalfLifeMs: config.ATTRIBUTION_HALF_LIFE_DAYS * dayMs };
  }

  async recreditLead(transaction: RewardsTransaction, leadId: string): Promise<void> {
    const won = await this.opportunities.wonOfLead(transaction, leadId);
    if (won.length === 0) return;
    const touchpoints = await this.touchpoints.ofLead(transaction, leadId);
    for (const deal of won) {
      const journey = buildJourney(touchpoints, deal.convertedAt ?? deal.closedAt);
      const credits: StoredCredit[] = [];
      if (journey) {
        for (const model of attributionModels) {
          for (const credit of attributeDeal(deal.amountMinor, journey, model, this.settings)) {
            const { touchpointId, channel, source, campaign } = credit.touchpoint;
            credits.push({
              opportunityId: deal.opportunityId,
              model,
              touchpointId,
              leadId,
              channel,
              source,
              campaign,
              amountMinor: credit.amountMinor,
              currency: deal.currency,
              closedAt: deal.closedAt,
            });
          }
        }
      }
      await this.credits.replaceForOpportunity(transaction, deal.opportunityId, credits);
    }
  }
}
