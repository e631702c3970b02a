/**
 * `npm run test:live`: the node, credential test, dropdowns and Trigger against a running Libredesk
 * (LIBREDESK_URL, LIBREDESK_API_KEY, LIBREDESK_API_SECRET of an Admin agent), plus the simulator's
 * contract tests against the same server. Without those variables it says so and runs nothing.
 */
const missing = ['LIBREDESK_URL', 'LIBREDESK_API_KEY', 'LIBREDESK_API_SECRET'].filter(
	(name) => !process.env[name],
);
if (missing.length) {
	console.log(
		`test:live skipped: set ${missing.join(', ')} to run it against a Libredesk (docs/development.md, "Test against your Libredesk").`,
	);
}

module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: missing.length
		? ['<rootDir>/test/live/no-libredesk-configured']
		: [
				'<rootDir>/test/live/**/*.live.ts',
				'<rootDir>/test/simulator/contract.test.ts',
				'<rootDir>/test/simulator/*.contract.test.ts',
			],
	passWithNoTests: true,
	setupFiles: ['<rootDir>/test/setup-env.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
	testTimeout: 60000,
	// One Libredesk: files run one after another so webhook deliveries and counts stay readable.
	maxWorkers: 1,
};
