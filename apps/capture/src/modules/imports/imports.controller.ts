import { Readable } from 'node:stream';
import { Controller, HttpCode, Inject, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CsvError } from 'csv-parse';
import { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { OwnAuthentication, ProblemException, RequireDependencies, SERVICE_CONFIG, ZodValidationPipe } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { problemResponse } from '../../http/openapi';
import { ApiKeyGuard } from '../api-keys/api-key.guard';
import { ApiKeyPrincipal } from '../api-keys/domain/api-key-scope';
import { Principal, RequiresScope } from '../api-keys/requires-scope.decorator';
import { ImportCsvUseCase } from './import-csv.usecase';

const importQuerySchema = z.object({
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'must name the import, e.g. fair-2026'),
  mapping: z
    .string()
    .max(10_000)
    .transform((value, context) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'must be a JSON object of CSV column to lead field' });
        return z.NEVER;
      }
    })
    .pipe(z.record(z.string().max(200), z.string().max(100)))
    .default({}),
});

@ApiTags('imports')
@ApiBearerAuth('api-key')
// per-source API keys with scopes (ApiKeyGuard) authenticate these routes.
@OwnAuthentication()
@Controller('v1/imports')
@UseGuards(ApiKeyGuard)
export class ImportsController {
  constructor(
    private readonly importCsv: ImportCsvUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: CaptureConfig,
  ) {}

  /** The body is read as a stream, so files of any number of rows pass without being held in memory. */
  @UseGuards(RequireDependencies)
  @Post('csv')
  @HttpCode(200)
  @RequiresScope('leads:write')
  @ApiConsumes('text/csv')
  @ApiOperation({ summary: 'Import a CSV file: a header row, one lead per row; the answer reports every row' })
  @ApiResponse({ status: 415, description: 'Not text/csv', ...problemResponse })
  async importCsvFile(
    @Query(new ZodValidationPipe(importQuerySchema)) query: z.infer<typeof importQuerySchema>,
    @Principal() principal: ApiKeyPrincipal,
    @Req() request: FastifyRequest,
  ) {
    if (!(request.body instanceof Readable)) {
      throw new ProblemException(415, 'Unsupported Media Type', 'Send the file as text/csv.');
    }
    let report;
    try {
      report = await this.importCsv.execute(request.body, query.mapping, query.name, {
        channel: 'csv_import',
        source: principal.source,
        defaultPhoneRegion: principal.defaultPhoneRegion ?? this.config.DEFAULT_PHONE_REGION,
        receivedAt: new Date(),
      });
    } catch (error) {
      if (error instanceof CsvError) {
        throw new ProblemException(400, 'Invalid CSV', (error as Error).message);
      }
      throw error;
    }
    if (report.rows === 0) throw new ProblemException(400, 'Invalid CSV', 'The file has a header row at most; send one lead per row.');
    if (report.rejected === report.rows) {
      const errors = report.results.slice(0, 100).flatMap((result) =>
        'errors' in result ? result.errors.map((error) => ({ pointer: `/rows/${result.row}${error.pointer}`, detail: error.detail })) : [],
      );
      throw new ProblemException(422, 'Unprocessable import', `None of the ${report.rows} rows can be a lead.`, errors, 'https://accord.dev/problems/unprocessable-lead');
    }
    return report;
  }
}
