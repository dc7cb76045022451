import { DynamicModule, Module } from '@nestjs/common';
import { ServiceModule } from '@accord/platform';
import { ScoringConfig } from './config/scoring-config';
import { ScoringDatabase } from './database/scoring-database';
import { ScoresModule } from './modules/scores/scores.module';

@Module({})
export class ScoringModule {
  static register(config: ScoringConfig): DynamicModule {
    return {
      module: ScoringModule,
      imports: [ServiceModule.forRoot({ service: 'scoring', config, databaseClient: ScoringDatabase }), ScoresModule],
    };
  }
}
