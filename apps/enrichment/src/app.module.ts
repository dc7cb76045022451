import { DynamicModule, Module } from '@nestjs/common';
import { ServiceModule } from '@accord/platform';
import { EnrichmentConfig } from './config/enrichment-config';
import { EnrichmentDatabase } from './database/enrichment-database';
import { ProfilesModule } from './modules/profiles/profiles.module';

@Module({})
export class EnrichmentModule {
  static register(config: EnrichmentConfig): DynamicModule {
    return {
      module: EnrichmentModule,
      imports: [
        ServiceModule.forRoot({ service: 'enrichment', config, databaseClient: EnrichmentDatabase }),
        ProfilesModule,
      ],
    };
  }
}
