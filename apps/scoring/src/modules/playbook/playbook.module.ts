import { Global, Inject, Injectable, Module } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { ScoringConfig } from '../../config/scoring-config';
import { Playbook } from './domain/playbook.schema';

/** The playbook this instance scores with, validated when the configuration loaded. */
@Injectable()
export class CurrentPlaybook {
  readonly playbook: Playbook;

  constructor(@Inject(SERVICE_CONFIG) config: ScoringConfig) {
    this.playbook = config.SCORING_PLAYBOOK_PATH;
  }
}

@Global()
@Module({ providers: [CurrentPlaybook], exports: [CurrentPlaybook] })
export class PlaybookModule {}
