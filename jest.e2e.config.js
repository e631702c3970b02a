/** End-to-end tests against a real n8n; run with `npm run test:e2e` (builds first). */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
	// The first run may install n8n (about 10 minutes); each CLI call takes a few seconds.
	testTimeout: 20 * 60 * 1000,
	maxWorkers: 1,
};
