import { credentialsFor, requestsTo, useSimulator } from '../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../helpers/n8n';
import { seedConversation } from '../../../helpers/seed';

const ctx = useSimulator();
const getByReference = async (value: string) =>
	await runNode(
		libredeskNode({
			resource: 'conversation',
			operation: 'get',
			conversationId: { __rl: true, mode: 'reference', value },
		}),
		[{ json: {} }],
		credentialsFor(ctx.sim),
	);

beforeEach(() => ctx.sim.clearRequests());

describe('conversation locator: By Reference Number', () => {
	it('finds the conversation by #123 or 123, matching the number exactly', async () => {
		const target = await seedConversation(ctx.sim);
		// A contact email containing the digits also matches Libredesk's search; it must not win.
		await seedConversation(ctx.sim, { contact_email: `ref${target.reference_number}@example.com` });
		for (const value of [`#${target.reference_number}`, ` ${target.reference_number} `]) {
			const [output] = await getByReference(value);
			expect(output.json.uuid).toBe(target.uuid);
		}
		expect(requestsTo(ctx.sim, 'GET', '/api/v1/conversations/search')[0].query).toEqual({
			query: target.reference_number,
		});
	});

	it('an unknown number stops the node before any change, naming the field', async () => {
		await expect(getByReference('#99999')).rejects.toThrow(
			/"Conversation" of item 0 is reference #99999, which Libredesk does not have/,
		);
		await expect(getByReference('#42')).rejects.toThrow(/reference numbers start at 100/);
		await expect(getByReference('abc')).rejects.toThrow(/is not a reference number: "abc"/);
	});

	it('a UUID field given a reference number points to the reference mode', async () => {
		const node = libredeskNode({
			resource: 'conversation',
			operation: 'get',
			conversationId: { __rl: true, mode: 'id', value: '#123' },
		});
		await expect(runNode(node, [{ json: {} }], credentialsFor(ctx.sim))).rejects.toThrow(
			/not a conversation UUID: "#123"/,
		);
	});
});
