import { useResourceRig } from '../../../../helpers/resourceRig';

const { runJson } = useResourceRig('tag', { operation: 'getAll' });

describe('Tag → Get Many', () => {
	it('lists the tags, up to the limit', async () => {
		expect((await runJson({ returnAll: true })).map((tag) => tag.name)).toEqual([
			'billing',
			'bug',
			'vip',
		]);
		expect(await runJson({ returnAll: false, limit: 1 })).toHaveLength(1);
	});
});
