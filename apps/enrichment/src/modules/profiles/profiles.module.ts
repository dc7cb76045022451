import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AccountMatchProvider } from '../accounts/account-match.provider';
import { CompanyApiModule } from '../company-api/company-api.module';
import { CompanyApiProvider } from '../company-api/company-api.provider';
import { offlineProviders } from './domain/providers/offline-providers';
import { EnrichLeadUseCase } from './enrich-lead.usecase';
import { ENRICHMENT_PROVIDERS } from './enrichment-providers.token';
import { ErasedLeadRepository } from './erased-lead.repository';
import { EnrichedEventsErasureRepository } from './enriched-events-erasure.repository';
import { EnrichmentSweepsScheduler } from './enrichment-sweeps.scheduler';
import { EraseLeadUseCase } from './erase-lead.usecase';
import { LeadCapturedConsumer } from './lead-captured.consumer';
import { LeadErasedConsumer } from './lead-erased.consumer';
import { LeadEnrichmentController } from './lead-enrichment.controller';
import { ProfileRepository } from './profile.repository';
import { ProviderCacheRepository } from './provider-cache.repository';
import { ProviderGuards } from './provider-guards';
import { ProviderRetryRepository } from './provider-retry.repository';
import { RerunEnrichmentUseCase } from './rerun-enrichment.usecase';
import { SweepLeadsUseCase } from './sweep-leads.usecase';
import { TouchpointRecordedConsumer } from './touchpoint-recorded.consumer';

@Module({
  imports: [AccountsModule, CompanyApiModule],
  controllers: [LeadCapturedConsumer, TouchpointRecordedConsumer, LeadErasedConsumer, LeadEnrichmentController],
  providers: [
    EnrichedEventsErasureRepository,
    ErasedLeadRepository,
    {
      provide: ENRICHMENT_PROVIDERS,
      useFactory: (accounts: AccountMatchProvider, companyApi: CompanyApiProvider) =>
        [...offlineProviders, accounts, ...(companyApi.enabled ? [companyApi] : [])],
      inject: [AccountMatchProvider, CompanyApiProvider],
    },
    EnrichLeadUseCase,
    EraseLeadUseCase,
    RerunEnrichmentUseCase,
    SweepLeadsUseCase,
    EnrichmentSweepsScheduler,
    ProfileRepository,
    ProviderCacheRepository,
    ProviderRetryRepository,
    ProviderGuards,
  ],
  exports: [EraseLeadUseCase, SweepLeadsUseCase],
})
export class ProfilesModule {}
