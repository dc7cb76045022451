import { Inject, Injectable } from '@nestjs/common';
import { CaptureChannel } from '@accord/contracts';
import { Outbox } from '@accord/messaging';
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

const fingerprintOf = (credits: Pick<StoredCredit, 'model' | 'touchpointId' | 'amountMinor'>[]) =>
  credits
    .map((credit) => JSON.stringify([credit.model, credit.touchpointId, credit.amountMinor]))
    .sort()
    .join();

/** Recomputes every model's credits for all of a lead's won deals from what is known now, and tells others when they changed. */
@Injectable()
export class CreditWonDealsUsecase {
  private readonly settings: ModelSettings;

  constructor(
    private readonly touchpoints: TouchpointRepository,
    private readonly opportunities: OpportunityRepository,
    private readonly credits: AttributionCreditRepository,
    private readonly outbox: Outbox,
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
      if (fingerprintOf(credits) === fingerprintOf(await this.credits.currentFor(transaction, deal.opportunityId))) continue;
      await this.credits.replaceForOpportunity(transaction, deal.opportunityId, credits);
      await this.outbox.append(transaction, 'rewards.deal.attributed.v1', {
        leadId,
        opportunityId: deal.opportunityId,
        amount: { amountMinor: deal.amountMinor, currency: deal.currency },
        closedAt: deal.closedAt.toISOString(),
        credits: credits.map(({ model, touchpointId, channel, source, campaign, amountMinor }) => ({
          model,
          touchpointId,
          channel: channel as CaptureChannel,
          source,
          campaign,
          amountMinor,
        })),
      });
    }
  }
}
