import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { parse } from 'csv-parse';
import { Transactions } from '@accord/platform';
import { CaptureTransaction } from '../../database/capture-database';
import { CaptureLeadUseCase } from '../leads/capture-lead.usecase';
import { buildLeadSubmission, FieldError, SubmissionContext } from '../leads/domain/build-lead-submission';
import { LeadSubmission } from '../leads/domain/lead-submission';
import { fieldErrorsOf } from '../leads/field-errors';
import { leadRequestSchema } from '../leads/lead-request.schema';
import { csvRowAsRequest, csvRowId } from './domain/csv-row';

export type RowResult =
  | { row: number; status: 'created' | 'merged' | 'duplicate'; leadId: string }
  | { row: number; status: 'rejected'; errors: FieldError[] };

export interface ImportReport {
  rows: number;
  created: number;
  merged: number;
  duplicate: number;
  rejected: number;
  results: RowResult[];
}

const rowsPerTransaction = 200;

/**
 * Streams a CSV file through the same validation as the API; valid rows are captured in
 * transactions of a few hundred, each row once per import name however often the file is sent.
 */
@Injectable()
export class ImportCsvUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly captureLead: CaptureLeadUseCase,
  ) {}

  async execute(csv: Readable, mapping: Record<string, string>, importName: string, context: Omit<SubmissionContext, 'externalId'>): Promise<ImportReport> {
    const report: ImportReport = { rows: 0, created: 0, merged: 0, duplicate: 0, rejected: 0, results: [] };
    let pending: { row: number; submission: LeadSubmission }[] = [];
    const parser = csv.pipe(parse({ columns: true, bom: true, skip_empty_lines: true, trim: false, max_record_size: 100_000 }));
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      report.rows += 1;
      const row = report.rows;
      const request = csvRowAsRequest(record, mapping);
      const parsed = leadRequestSchema.safeParse(request);
      const built = parsed.success
        ? buildLeadSubmission(parsed.data, { ...context, externalId: csvRowId(importName, request) }, record)
        : null;
      if (!parsed.success) this.reject(report, row, fieldErrorsOf(parsed.error));
      else if (built && !built.ok) this.reject(report, row, built.errors);
      else if (built?.ok) pending.push({ row, submission: built.submission });
      if (pending.length >= rowsPerTransaction) {
        await this.capture(pending, report);
        pending = [];
      }
    }
    if (pending.length > 0) await this.capture(pending, report);
    report.results.sort((left, right) => left.row - right.row);
    return report;
  }

  private reject(report: ImportReport, row: number, errors: FieldError[]) {
    report.rejected += 1;
    report.results.push({ row, status: 'rejected', errors });
  }

  private async capture(rows: { row: number; submission: LeadSubmission }[], report: ImportReport): Promise<void> {
    const results = await this.transactions.run(async (transaction: CaptureTransaction) => {
      const captured: RowResult[] = [];
      for (const { row, submission } of rows) {
        const outcome = await this.captureLead.captureIn(transaction, submission);
        captured.push({ row, status: outcome.outcome, leadId: outcome.leadId });
      }
      return captured;
    });
    for (const result of results) {
      if (result.status !== 'rejected') report[result.status] += 1;
      report.results.push(result);
    }
  }
}
