/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- tests run in Node, not inside n8n (see docs/development.md#lint) */
// n8n-core keeps an instance key under N8N_USER_FOLDER; tests must never touch the user's ~/.n8n.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'libredesk-n8n-'));
// The library's default engine; needs no native module (isolated-vm has no Node 20 build).
process.env.N8N_EXPRESSION_ENGINE ??= 'legacy';
