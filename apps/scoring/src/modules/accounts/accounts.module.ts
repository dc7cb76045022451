import { Module } from '@nestjs/common';
import { AccountLeadRepository } from './account-lead.repository';
import { AccountScoreController } from './account-score.controller';

/** Account-based selling: how engaged a whole account is, from its leads. */
@Module({ controllers: [AccountScoreController], providers: [AccountLeadRepository] })
export class AccountsModule {}
