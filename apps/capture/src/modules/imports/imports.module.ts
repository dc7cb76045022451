import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { LeadsModule } from '../leads/leads.module';
import { ImportCsvUseCase } from './import-csv.usecase';
import { ImportsController } from './imports.controller';

@Module({
  imports: [ApiKeysModule, LeadsModule],
  controllers: [ImportsController],
  providers: [ImportCsvUseCase],
})
export class ImportsModule {}
