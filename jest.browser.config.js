/**
 * The browser test of the user's path (`npm run test:browser`): install from a registry through
 * Settings -> Community Nodes, credential, run, update. Needs Debian's chromium (CHROMIUM_PATH).
 */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/browser'],
	testMatch: ['**/*.browser.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
	// The first run may install n8n (about 10 minutes); each step waits for the real editor.
	testTimeout: 20 * 60 * 1000,
	maxWorkers: 1,
};
