import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { schemaWithDatasourceUrl } from '../src/offline/schema-with-datasource-url.mjs';

const PRISMA_7_SCHEMA = `generator client {
  provider = "prisma-client"
}

datasource db {
  provider = "postgresql"
}

model Lead {
  id String @id
}
`;

describe('schemaWithDatasourceUrl', () => {
  it('adds the url line the 6.19 CLI requires to the datasource block only', () => {
    const schema = schemaWithDatasourceUrl(PRISMA_7_SCHEMA);
    assert.match(
      schema,
      /datasource db \{\n {2}url = env\("DATABASE_URL"\)\n {2}provider = "postgresql"\n\}/,
    );
    assert.equal(schema.match(/url =/g).length, 1);
    assert.match(schema, /model Lead \{\n {2}id String @id\n\}/);
  });

  it('leaves a schema that already has a url alone', () => {
    const withUrl = schemaWithDatasourceUrl(PRISMA_7_SCHEMA);
    assert.equal(schemaWithDatasourceUrl(withUrl), withUrl);
  });

  it('refuses a schema without a datasource block', () => {
    assert.throws(
      () => schemaWithDatasourceUrl('model Lead {\n  id String @id\n}\n'),
      /no `datasource/,
    );
  });
});
