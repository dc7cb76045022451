import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCatalogue } from '../src/catalogue/render-catalogue';

const catalogueDir = join(__dirname, '..', 'catalogue');
mkdirSync(catalogueDir, { recursive: true });
for (const stale of readdirSync(catalogueDir)) rmSync(join(catalogueDir, stale));
for (const file of renderCatalogue()) writeFileSync(join(catalogueDir, file.path), file.content);
console.log(`catalogue written to ${catalogueDir}`);
