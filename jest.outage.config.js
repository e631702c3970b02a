/**
 * `npm run test:outage` (builds first): n8n stopped in the middle of a stream of Libredesk events
 * (test/outage/outage.e2e.ts). Against LIBREDESK_URL when set, else the simulator. Queue mode uses
 * PostgreSQL (a database outage_*) and Redis DB 14.
 */
process.env.LIBREDESK_E2E_REDIS_DB ??= '14';

module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/outage'],
	testMatch: ['**/*.e2e.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
	// A full run takes about 10 minutes; a first run may install n8n.
	testTimeout: 40 * 60 * 1000,
	maxWorkers: 1,
};
