import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { adApiRetryPolicy, getAdApiJson, PermanentAdApiError } from './ad-platform-api';
import { LinkedInFormResponse, linkedInFormResponseSchema, linkedInFormSchema, LinkedInQuestion } from './domain/linkedin-lead';

const formsKept = 1000;

/** LinkedIn's Lead Sync API: form responses, and the forms whose questions say what each answer is. */
@Injectable()
export class LinkedInApiClient {
  private readonly policy;
  private readonly questionsByForm = new Map<string, LinkedInQuestion[]>();

  constructor(@Inject(SERVICE_CONFIG) private readonly config: CaptureConfig) {
    this.policy = adApiRetryPolicy(config.LINKEDIN_FETCH_ATTEMPTS, config.LINKEDIN_FETCH_BACKOFF_MS);
  }

  async fetchFormResponse(formResponseId: string): Promise<LinkedInFormResponse> {
    const response = linkedInFormResponseSchema.safeParse(await this.get(`leadFormResponses/${encodeURIComponent(formResponseId)}`));
    if (!response.success) throw new PermanentAdApiError('LinkedIn API answered an unreadable form response');
    return response.data;
  }

  /** The form's questions, fetched once and again only when a response answers a question they lack (a newer version of the form). */
  async questionsOf(formId: string, answeredQuestionIds: string[]): Promise<LinkedInQuestion[]> {
    const known = this.questionsByForm.get(formId);
    const knownIds = new Set(known?.map((question) => question.questionId));
    if (known && answeredQuestionIds.every((id) => knownIds.has(id))) return known;
    const form = linkedInFormSchema.safeParse(await this.get(`leadForms/${encodeURIComponent(formId)}`));
    if (!form.success) throw new PermanentAdApiError('LinkedIn API answered an unreadable lead form');
    this.questionsByForm.delete(formId);
    if (this.questionsByForm.size >= formsKept) this.questionsByForm.delete(this.questionsByForm.keys().next().value as string);
    this.questionsByForm.set(formId, form.data.content.questions);
    return form.data.content.questions;
  }

  private get(path: string): Promise<unknown> {
    const url = new URL(`${this.config.LINKEDIN_API_BASE_URL.replace(/\/$/, '')}/rest/${path}`);
    const headers = {
      authorization: `Bearer ${this.config.LINKEDIN_ACCESS_TOKEN ?? ''}`,
      'linkedin-version': this.config.LINKEDIN_API_VERSION,
      'x-restli-protocol-version': '2.0.0',
      accept: 'application/json',
    };
    return this.policy.execute(({ signal }) => getAdApiJson('LinkedIn API', url, headers, signal));
  }
}
