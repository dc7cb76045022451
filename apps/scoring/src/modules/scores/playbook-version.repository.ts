import { Injectable } from '@nestjs/common';
import { ScoringDatabase } from '../../database/scoring-database';
import { Playbook } from '../playbook/domain/playbook.schema';

@Injectable()
export class PlaybookVersionRepository {
  constructor(private readonly database: ScoringDatabase) {}

  /** True for the one instance that first records this version, which then re-scores every lead. */
  async claim(playbook: Playbook, at: Date): Promise<boolean> {
    const inserted = await this.database.$executeRawUnsafe(
      'INSERT INTO playbook_versions (version, applied_at, content) VALUES ($1, $2, $3::jsonb) ON CONFLICT (version) DO NOTHING',
      playbook.version,
      at,
      JSON.stringify(playbook),
    );
    return inserted === 1;
  }
}
