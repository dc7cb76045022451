import { DynamicModule, Module } from '@nestjs/common';
import { ServiceModule } from '@accord/platform';
import { CaptureConfig } from './config/capture-config';
import { CaptureDatabase } from './database/capture-database';
import { ApiKeysModule } from './modules/api-keys/api-keys.module';
import { ErasureModule } from './modules/erasure/erasure.module';
import { FormsModule } from './modules/forms/forms.module';
import { ImportsModule } from './modules/imports/imports.module';
import { LeadsModule } from './modules/leads/leads.module';
import { UpstreamModule } from './modules/upstream/upstream.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';

@Module({})
export class CaptureModule {
  static register(config: CaptureConfig): DynamicModule {
    return {
      module: CaptureModule,
      imports: [
        ServiceModule.forRoot({ service: 'capture', config, databaseClient: CaptureDatabase }),
        ApiKeysModule,
        LeadsModule,
        WebhooksModule,
        FormsModule,
        UpstreamModule,
        ImportsModule,
        ErasureModule,
      ],
    };
  }
}
