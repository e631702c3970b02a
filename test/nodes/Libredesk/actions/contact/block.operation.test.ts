import type { INodeParameters } from 'n8n-workflow';

import { credentialsFor, requestsTo, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../../helpers/n8n';
import { seedRichContact } from '../../../../helpers/seed';

const ctx = useSimulator();
const byId = (id: number) => ({ __rl: true, mode: 'id', value: String(id) });
const run = async (parameters: INodeParameters) =>
	await runNode(
		libredeskNode({ resource: 'contact', ...parameters }),
		[{ json: {} }],
		credentialsFor(ctx.sim),
	);

const richContact = async () => await seedRichContact(ctx.sim);

beforeEach(() => ctx.sim.clearRequests());

describe('Contact → Block, Unblock', () => {
	it('blocks and unblocks, outputting the contact', async () => {
		const contact = await richContact();
		expect((await run({ operation: 'block', contactId: byId(contact.id) }))[0].json.enabled).toBe(
			false,
		);
		expect(requestsTo(ctx.sim, 'PUT', `/api/v1/contacts/${contact.id}/block`)[0].json).toEqual({
			enabled: false,
		});
		expect((await run({ operation: 'unblock', contactId: byId(contact.id) }))[0].json.enabled).toBe(
			true,
		);
	});
});
