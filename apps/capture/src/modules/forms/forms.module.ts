import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { FormsController } from './forms.controller';

@Module({
  imports: [ApiKeysModule, WebhooksModule],
  controllers: [FormsController],
})
export class FormsModule {}
