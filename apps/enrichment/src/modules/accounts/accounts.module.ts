import { Module } from '@nestjs/common';
import { AccountDirectoryService } from './account-directory.service';
import { AccountMatchProvider } from './account-match.provider';
import { AccountRepository } from './account.repository';
import { AccountsController } from './accounts.controller';
import { ImportAccountsUseCase } from './import-accounts.usecase';

@Module({
  controllers: [AccountsController],
  providers: [AccountRepository, AccountDirectoryService, AccountMatchProvider, ImportAccountsUseCase],
  exports: [AccountMatchProvider],
})
export class AccountsModule {}
