import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import { ProblemException, Roles, ZodValidationPipe } from '@accord/platform';
import { AccountRepository } from './account.repository';
import { AccountRecord } from './domain/account-record';
import { readAccountsCsv } from './domain/accounts-csv';
import { ImportAccountsUseCase } from './import-accounts.usecase';

const AccountsRequest = z.object({ accounts: z.array(AccountRecord).min(1).max(1_000) });
const AccountIdParam = z.string().min(1).max(100);

@Controller('v1/accounts')
export class AccountsController {
  constructor(
    private readonly importAccounts: ImportAccountsUseCase,
    private readonly accounts: AccountRepository,
  ) {}

  /** Creates or replaces accounts sent by the CRM as JSON. */
  @Roles('admin')
  @Post()
  @HttpCode(200)
  upsert(@Body(new ZodValidationPipe(AccountsRequest)) request: z.output<typeof AccountsRequest>) {
    return this.importAccounts.execute(request.accounts);
  }

  /** Creates or replaces accounts from a CRM export (text/csv with a header row). */
  @Roles('admin')
  @Post('import')
  @HttpCode(200)
  async importCsv(@Headers('content-type') contentType: string | undefined, @Body() body: unknown) {
    if (!contentType?.startsWith('text/csv') || typeof body !== 'string') {
      throw new ProblemException(415, 'Unsupported media type', 'Send the accounts as text/csv.');
    }
    const reading = readAccountsCsv(body);
    if ('problems' in reading) {
      const [status, title] = reading.malformed ? [400, 'Malformed CSV'] : [422, 'Invalid accounts'];
      throw new ProblemException(status, title, 'The file was not imported; nothing changed.', reading.problems, 'https://accord.dev/problems/invalid-request');
    }
    return this.importAccounts.execute(reading.records);
  }

  @Get(':id')
  async findOne(@Param('id', new ZodValidationPipe(AccountIdParam)) id: string) {
    const account = await this.accounts.findWithDomains(id);
    if (!account) throw new ProblemException(404, 'Account not found', `No account ${id} is known.`);
    return {
      id: account.id,
      name: account.name,
      domains: account.domains.map(({ domain }) => domain),
      industry: account.industry,
      employeeCount: account.employeeCount,
      annualRevenue:
        account.annualRevenueMinor === null
          ? null
          : { amountMinor: Number(account.annualRevenueMinor), currency: account.annualRevenueCurrency },
      country: account.country,
      ownerId: account.ownerId,
      isTarget: account.isTarget,
      updatedAt: account.updatedAt.toISOString(),
    };
  }
}
