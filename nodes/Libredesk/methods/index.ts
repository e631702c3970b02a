export * as listSearch from './listSearch';
export * as loadOptions from './loadOptions';
export * as resourceMapping from './resourceMapping';

import { libredeskApiTest } from '../transport';

/**
 * `methods.credentialTest` of both nodes; their credential entry names it as
 * `testedBy: 'libredeskApiTest'` (a literal: n8n's lint reads it from the source).
 */
export const credentialTest = { libredeskApiTest };
