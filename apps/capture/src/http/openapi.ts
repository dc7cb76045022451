import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { z } from 'zod';

/** The request side of a zod schema as an OpenAPI 3.1 (JSON Schema 2020-12) schema. */
export function openApiSchemaOf(schema: z.ZodType): SchemaObject {
  const jsonSchema: Record<string, unknown> = { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
  delete jsonSchema['$schema'];
  return jsonSchema as SchemaObject;
}

export const problemResponse = {
  content: {
    'application/problem+json': {
      schema: {
        type: 'object',
        properties: {
          type: { type: 'string' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string' },
          instance: { type: 'string' },
          errors: {
            type: 'array',
            items: { type: 'object', properties: { pointer: { type: 'string' }, detail: { type: 'string' } } },
          },
        },
      },
    },
  },
};

/** The OpenAPI document, generated from the controllers, as JSON at /docs and YAML at /docs/openapi.yaml. */
export function serveOpenApi(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Accord capture')
    .setDescription('Where leads enter Accord. Errors are RFC 9457 problem+json with field pointers.')
    .setVersion('1')
    .setOpenAPIVersion('3.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'A per-source API key (acc_...)' }, 'api-key')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'ADMIN_API_KEY' }, 'admin')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config), {
    ui: false,
    raw: ['json', 'yaml'],
    jsonDocumentUrl: 'docs',
    yamlDocumentUrl: 'docs/openapi.yaml',
  });
}
