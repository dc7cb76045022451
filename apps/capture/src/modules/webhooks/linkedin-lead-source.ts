import { Inject, Injectable, Logger } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { AdLeadSource, FetchedAdLead, NotifiedAdLead } from './ad-lead-source';
import { answeredQuestionIds, linkedInFormId, linkedInLeadAsRequest, LinkedInNotice } from './domain/linkedin-lead';
import { LinkedInApiClient } from './linkedin-api.client';

/** LinkedIn Lead Gen Forms: the Lead Sync API gives the form response, and its form says what each answer is. */
@Injectable()
export class LinkedInLeadSource implements AdLeadSource<LinkedInNotice> {
  readonly platform = 'linkedin';
  readonly channel = 'linkedin_lead_gen';
  readonly source = 'linkedin';
  readonly enabled: boolean;
  readonly attempts: number;
  readonly backoffMs: number;

  constructor(
    private readonly linkedIn: LinkedInApiClient,
    @Inject(SERVICE_CONFIG) config: CaptureConfig,
  ) {
    this.enabled = Boolean(config.LINKEDIN_CLIENT_SECRET && config.LINKEDIN_ACCESS_TOKEN);
    if (config.LINKEDIN_CLIENT_SECRET && !config.LINKEDIN_ACCESS_TOKEN) {
      new Logger('linkedin-leads').warn('LINKEDIN_ACCESS_TOKEN is not set: LinkedIn notifications are stored, and fetched once it is');
    }
    this.attempts = config.LINKEDIN_FETCH_ATTEMPTS;
    this.backoffMs = config.LINKEDIN_FETCH_BACKOFF_MS;
  }

  async fetch({ externalId, notice }: NotifiedAdLead<LinkedInNotice>): Promise<FetchedAdLead> {
    const response = await this.linkedIn.fetchFormResponse(externalId);
    const formId = linkedInFormId(response, notice);
    const questions =
      response.form?.content?.questions ?? (formId ? await this.linkedIn.questionsOf(formId, answeredQuestionIds(response)) : []);
    return {
      request: linkedInLeadAsRequest(response, questions, notice),
      rawPayload: { notification: { formResponseId: externalId, ...notice }, response },
    };
  }
}
