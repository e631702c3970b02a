/**
 * The credential test function both nodes name in `testedBy`, run on n8n-core's
 * CredentialTestContext: it says what the node says about the Base URL, and only a Libredesk
 * answer is success.
 */
import type { ICredentialType } from 'n8n-workflow';

import { LibredeskApi } from '../../../../credentials/LibredeskApi.credentials';
import { Libredesk } from '../../../../nodes/Libredesk/Libredesk.node';
import { LibredeskTrigger } from '../../../../nodes/LibredeskTrigger/LibredeskTrigger.node';
import { credentialsFor, useSimulator } from '../../../helpers/fixtures';
import { useHostile } from '../../../helpers/hostile';
import { libredeskNode, runNode, testCredential } from '../../../helpers/n8n';

const ctx = useSimulator();

describe('the credential test agrees with the node about the Base URL', () => {
	/** Agent → Get Many: any operation meets the same Base URL check first. */
	const listAgents = (baseUrl: string) =>
		runNode(
			libredeskNode({ resource: 'agent', operation: 'getAll' }),
			[{ json: {} }],
			credentialsFor(ctx.sim, { baseUrl }),
		);

	it("n8n runs the nodes' test function: the credential has no request test of its own", () => {
		expect((new LibredeskApi() as ICredentialType).test).toBeUndefined();
		for (const node of [new Libredesk(), new LibredeskTrigger()]) {
			expect(node.description.credentials).toMatchObject([
				{ name: 'libredeskApi', required: true, testedBy: 'libredeskApiTest' },
			]);
			expect(typeof node.methods.credentialTest.libredeskApiTest).toBe('function');
		}
	});

	it.each([
		['a query', (url: string) => `${url}/?next=/inboxes`, 'contains a query (?…)'],
		['a fragment', (url: string) => `${url}/#/inboxes`, 'contains a fragment (#…)'],
		[
			'a page inside Libredesk',
			(url: string) => `${url}/inboxes/1/conversations`,
			'is the address of a page inside Libredesk',
		],
		[
			'a javascript: scheme',
			() => 'javascript:alert(1)//',
			'is not a web address starting with https:// or http://',
		],
		[
			'a user name and password',
			(url: string) => url.replace('://', '://admin:pw@'),
			'contains a user name or password',
		],
	])(
		'with %s, both refuse it with the same words and send nothing',
		async (_case, baseUrl, problem) => {
			const url = baseUrl(ctx.sim.url);
			ctx.sim.clearRequests();
			const tested = await testCredential(credentialsFor(ctx.sim, { baseUrl: url }));
			const refusal = `The Base URL of the Libredesk API credential ${problem}`;
			expect(tested).toEqual({
				status: 'Error',
				message: `${refusal}. Set it to the address you open Libredesk at, with nothing after the host name, e.g. https://desk.example.com`,
			});
			await expect(listAgents(url)).rejects.toThrow(refusal);
			expect(ctx.sim.requests).toHaveLength(0);
			expect(tested.message).not.toContain('pw');
		},
	);
});

describe('credential test against a server that is not Libredesk', () => {
	const hostile = useHostile();
	const secret = 'not-libredesk-secret';
	const test = () =>
		testCredential({
			baseUrl: hostile.server.url,
			apiKey: 'some-key',
			apiSecret: secret,
			allowUnauthorizedCerts: false,
		});

	it('a page answered 200 (a login page, a proxy) is not "Connection successful!"', async () => {
		hostile.server.handle((_request, response) =>
			response.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>Sign in</html>'),
		);
		expect(await test()).toEqual({
			status: 'Error',
			message: expect.stringMatching(/something other than a Libredesk API response/),
		});
	});

	it("a server error keeps Libredesk's message, without the secret it echoes", async () => {
		hostile.server.handle((request, response) =>
			response.writeHead(500, { 'Content-Type': 'application/json' }).end(
				JSON.stringify({
					status: 'error',
					message: `crashed on ${request.headers.authorization} api_secret=${secret}`,
				}),
			),
		);
		const result = await test();
		expect(result.message).toMatch(/^Libredesk answered HTTP 500: crashed on Basic \[redacted\]/);
		expect(result.message).not.toContain(secret);
		expect(result.message).not.toContain(Buffer.from(`some-key:${secret}`).toString('base64'));
	});

	it('a refused connection says so, as the node would', async () => {
		const result = await testCredential({
			baseUrl: 'http://127.0.0.1:9',
			apiKey: 'k',
			apiSecret: secret,
			allowUnauthorizedCerts: false,
		});
		expect(result).toEqual({
			status: 'Error',
			message: expect.stringMatching(
				/^Could not reach Libredesk: http:\/\/127\.0\.0\.1:9 refused the connection/,
			),
		});
	});
});
