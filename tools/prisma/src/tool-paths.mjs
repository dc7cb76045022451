import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TOOL_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const REPO_ROOT = path.resolve(TOOL_ROOT, '../..');
export const DEFAULT_APPS_DIR = path.join(REPO_ROOT, 'apps');
