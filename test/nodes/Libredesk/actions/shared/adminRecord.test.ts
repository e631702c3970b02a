/** The named-record factories, through operations built from them (Tag, Team, Agent, Macro). */
import { recordLocator } from '../../../../../nodes/Libredesk/actions/shared/adminRecord';
import { TAG } from '../../../../../nodes/Libredesk/actions/tag/record';
import { useResourceRig } from '../../../../helpers/resourceRig';

const { ctx, run } = useResourceRig('macro', { operation: 'get' });

describe('adminRecord', () => {
	it('recordLocator picks from a list or by a positive ID', () => {
		const field = recordLocator(TAG, 'The tag');
		expect(field).toMatchObject({ name: 'tag', displayName: 'Tag', type: 'resourceLocator' });
		expect(field.modes?.map((mode) => [mode.name, mode.typeOptions?.searchListMethod])).toEqual([
			['list', 'searchTags'],
			['id', undefined],
		]);
	});

	it('Get reads the ID from either mode, and refuses a bad one before any request', async () => {
		const [fromList] = await run({ macro: { __rl: true, mode: 'list', value: '2' } });
		expect(fromList.json).toMatchObject({ id: 2, name: 'Resolve' });
		ctx.sim.clearRequests();
		for (const value of ['', '0', '-3', '1.5', 'two'])
			await expect(run({ macro: { __rl: true, mode: 'id', value } })).rejects.toThrow(
				/The "Macro" of item 0 (is empty|is not a positive whole number)/,
			);
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it("a record Libredesk does not have stops the node with Libredesk's error", async () => {
		const items = await run({ macro: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }, [
			{ json: { id: 1 } },
			{ json: { id: 404 } },
		]).catch((caught) => caught);
		// Without Continue On Fail the first failure stops the node.
		expect(items.message).toBe('Libredesk: Macro not found (HTTP 404, NotFoundException)');
	});
});
