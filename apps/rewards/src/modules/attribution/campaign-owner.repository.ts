import { Injectable } from '@nestjs/common';
import { RewardsDatabase } from '../../database/rewards-database';

export interface CampaignOwnership {
  campaign: string;
  marketerId: string;
}

@Injectable()
export class CampaignOwnerRepository {
  constructor(private readonly database: RewardsDatabase) {}

  async assign(ownership: CampaignOwnership): Promise<CampaignOwnership> {
    const { campaign, marketerId } = ownership;
    const row = await this.database.campaignOwner.upsert({ where: { campaign }, create: ownership, update: { marketerId } });
    return { campaign: row.campaign, marketerId: row.marketerId };
  }

  async list(): Promise<CampaignOwnership[]> {
    const rows = await this.database.campaignOwner.findMany({ orderBy: { campaign: 'asc' } });
    return rows.map(({ campaign, marketerId }) => ({ campaign, marketerId }));
  }
}
