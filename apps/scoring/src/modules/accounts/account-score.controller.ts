import { Controller, Get, Param } from '@nestjs/common';
import { z } from 'zod';
import { ProblemException, ZodValidationPipe } from '@accord/platform';
import { AccountLeadRepository } from './account-lead.repository';
import { accountScore } from './domain/account-score';

// PostgreSQL text cannot hold NUL, so such an id is refused here rather than failing the query.
const AccountId = z.string().min(1).max(200).refine((id) => !id.includes('\0'), 'must not contain NUL');

@Controller('v1/accounts')
export class AccountScoreController {
  constructor(private readonly accountLeads: AccountLeadRepository) {}

  @Get(':id/score')
  async score(@Param('id', new ZodValidationPipe(AccountId)) accountId: string) {
    const leads = await this.accountLeads.ofAccount(accountId);
    if (leads.length === 0) throw new ProblemException(404, 'Account not scored', `No scored lead belongs to account ${accountId}.`);
    return accountScore(accountId, leads);
  }
}
