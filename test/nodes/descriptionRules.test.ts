/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * n8n's description rules over the built descriptions. `n8n-node lint` reads the source, where a
 * field built by a helper function (the operations' fields, limits, filters, the shared
 * collections) is a call, not a literal, and so escapes rules such as title-case display names or
 * "Whether" on booleans. Here the three nodes' and the credential's descriptions, as the built
 * classes hold them, are written back as literals (test/helpers/descriptionSource.ts) and linted
 * with the project's eslint.config.mjs, which is n8n's own config for `n8n-node lint`: the rules of
 * eslint-plugin-n8n-nodes-base (nodes and credentials sets) and @n8n/eslint-plugin-community-nodes,
 * with n8n's implementations, not copies.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { LibredeskApi } from '../../credentials/LibredeskApi.credentials';
import { Libredesk } from '../../nodes/Libredesk/Libredesk.node';
import { LibredeskPollTrigger } from '../../nodes/LibredeskPollTrigger/LibredeskPollTrigger.node';
import { LibredeskTrigger } from '../../nodes/LibredeskTrigger/LibredeskTrigger.node';
import { credentialClassSource, nodeClassSource } from '../helpers/descriptionSource';

const ROOT = path.resolve(__dirname, '../..');

interface Finding {
	ruleId: string | null;
	severity: number;
	message: string;
	line: number;
	source?: string;
}

interface Source {
	filePath: string;
	text: string;
}

/** Lints the texts in a child process (n8n's plugin is an ES module; see lintSources.mjs). */
function lint(sources: Source[]): Array<{ filePath: string; messages: Finding[] }> {
	// eslint-plugin-n8n-nodes-base treats every file as a regular node when NODE_ENV is "test".
	const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
	const output = execFileSync(process.execPath, [path.join(ROOT, 'test/helpers/lintSources.mjs')], {
		cwd: ROOT,
		env,
		input: JSON.stringify(sources),
		maxBuffer: 64 * 1024 * 1024,
	});
	return JSON.parse(output.toString('utf8'));
}

/**
 * Findings judged wrong, each with its reason. In the source the field's name is a constant, so the
 * rule never sees it there.
 */
const ACCEPTED = [
	{
		// The rule asks for singular resource names and reads a final "s" as plural. Libredesk's
		// "Business Hours" is one record (a weekly schedule), named as Libredesk names it.
		filePath: 'nodes/Libredesk/Libredesk.node.ts',
		ruleId: 'n8n-nodes-base/node-param-resource-with-plural-option',
		message: 'Use singular',
		source: 'name: "Business Hours",',
	},
	{
		// The rule takes any name containing "auth" for a secret; this is the boolean "Ignore SSL
		// Issues" (n8n's own credentials use the same name), and a boolean has no password option.
		filePath: 'credentials/LibredeskApi.credentials.ts',
		ruleId: '@n8n/community-nodes/credential-password-field',
		message: "Field 'allowUnauthorizedCerts' appears to be a sensitive field",
		source: '{',
	},
];

const accepted = (filePath: string, m: Finding) =>
	ACCEPTED.some(
		(a) =>
			a.filePath === filePath &&
			a.ruleId === m.ruleId &&
			m.message.startsWith(a.message) &&
			m.source === a.source,
	);

const report = (results: ReturnType<typeof lint>) =>
	results.flatMap(({ filePath, messages }) =>
		messages
			.filter((m) => !accepted(filePath, m))
			.map((m) => `${filePath}:${m.line} ${m.ruleId}: ${m.message}\n    ${m.source}`),
	);

const built: Source[] = [
	{
		filePath: 'nodes/Libredesk/Libredesk.node.ts',
		text: nodeClassSource('Libredesk', new Libredesk().description),
	},
	{
		filePath: 'nodes/LibredeskTrigger/LibredeskTrigger.node.ts',
		text: nodeClassSource(
			'LibredeskTrigger',
			new LibredeskTrigger().description,
			new LibredeskTrigger().webhookMethods,
		),
	},
	{
		filePath: 'nodes/LibredeskPollTrigger/LibredeskPollTrigger.node.ts',
		text: nodeClassSource('LibredeskPollTrigger', new LibredeskPollTrigger().description),
	},
	{
		filePath: 'credentials/LibredeskApi.credentials.ts',
		text: credentialClassSource('LibredeskApi', { ...new LibredeskApi() }),
	},
];

describe("n8n's description rules on the built descriptions", () => {
	it('finds nothing in the three nodes and the credential, helper-built fields included', () => {
		const results = lint(built);
		expect(results.map((r) => r.filePath)).toEqual(built.map((s) => s.filePath));
		expect(report(results)).toEqual([]);
	});

	it('sees every built field: each operation of each resource is in the literal it lints', () => {
		const { properties } = new Libredesk().description;
		const literal = built[0].text;
		const fields = properties.filter((p) => p.name !== 'resource' && p.name !== 'operation');
		expect(fields.length).toBeGreaterThan(100);
		for (const field of fields) expect(literal).toContain(`name: ${JSON.stringify(field.name)}`);
	});

	it('reports what the rules forbid in fields like the ones helpers build', () => {
		// The same node with two fields as a careless helper could make them.
		const { description } = new Libredesk();
		const broken = {
			...description,
			properties: [
				...description.properties,
				{
					displayName: 'send copy',
					name: 'sendCopy',
					type: 'boolean',
					default: false,
					description: 'Sends a copy.',
				},
				{
					displayName: 'Limit',
					name: 'limit',
					type: 'number',
					default: 10,
					description: 'Max number of results to return',
				},
			],
		};
		const rules = lint([
			{ filePath: built[0].filePath, text: nodeClassSource('Libredesk', broken) },
		]).flatMap((r) => r.messages.map((m) => m.ruleId));
		expect(rules).toEqual(
			expect.arrayContaining([
				'n8n-nodes-base/node-param-display-name-miscased',
				'n8n-nodes-base/node-param-description-boolean-without-whether',
				'n8n-nodes-base/node-param-description-excess-final-period',
				'n8n-nodes-base/node-param-default-wrong-for-limit',
				'n8n-nodes-base/node-param-type-options-missing-from-limit',
			]),
		);
	});
});
