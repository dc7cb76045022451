import { Injectable } from '@nestjs/common';
import { ScoringDatabase } from '../../database/scoring-database';
import { WinModelQuality } from './domain/evaluate-win-model';
import { WinModelParameters } from './domain/win-model';

export interface StoredWinModel {
  version: string;
  trainedAt: Date;
  parameters: WinModelParameters;
  quality: WinModelQuality;
  isDefault: boolean;
}

@Injectable()
export class WinModelRepository {
  constructor(private readonly database: ScoringDatabase) {}

  async save(model: StoredWinModel): Promise<void> {
    await this.database.winModel.create({
      data: {
        version: model.version,
        trainedAt: model.trainedAt,
        model: { ...model.parameters },
        quality: JSON.parse(JSON.stringify(model.quality)),
        isDefault: model.isDefault,
      },
    });
  }

  async latest(): Promise<StoredWinModel | null> {
    const row = await this.database.winModel.findFirst({ orderBy: { trainedAt: 'desc' } });
    if (!row) return null;
    return {
      version: row.version,
      trainedAt: row.trainedAt,
      parameters: row.model as unknown as WinModelParameters,
      quality: row.quality as unknown as WinModelQuality,
      isDefault: row.isDefault,
    };
  }
}
