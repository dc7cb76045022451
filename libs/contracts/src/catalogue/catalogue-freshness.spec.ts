import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCatalogue } from './render-catalogue';

const catalogueDir = join(__dirname, '..', '..', 'catalogue');

describe('committed event catalogue', () => {
  const rendered = renderCatalogue();

  it('has exactly the files the contracts generate', () => {
    expect(readdirSync(catalogueDir).sort()).toEqual(rendered.map((file) => file.path).sort());
  });

  it.each(rendered.map((file) => [file.path, file.content]))(
    '%s is up to date (run `npx nx run contracts:catalogue`)',
    (path, content) => {
      expect(readFileSync(join(catalogueDir, path), 'utf8')).toBe(content);
    },
  );
});
