import { Injectable } from '@nestjs/common';
import { HandOffDatabase } from '../../database/hand-off-database';
import { TerritoryRequest } from './territory-request.schema';

@Injectable()
export class TerritoryRepository {
  constructor(private readonly database: HandOffDatabase) {}

  save(id: string, territory: TerritoryRequest) {
    return this.database.territory.upsert({ where: { id }, create: { id, ...territory }, update: territory });
  }

  list() {
    return this.database.territory.findMany({ orderBy: { id: 'asc' } });
  }

  async missing(ids: string[]): Promise<string[]> {
    const found = await this.database.territory.findMany({ where: { id: { in: ids } }, select: { id: true } });
    const known = new Set(found.map((territory) => territory.id));
    return ids.filter((id) => !known.has(id));
  }
}
