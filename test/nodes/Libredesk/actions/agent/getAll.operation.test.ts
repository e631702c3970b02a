import { useResourceRig } from '../../../../helpers/resourceRig';

const { runJson: run } = useResourceRig('agent', { operation: 'getAll', returnAll: true });

describe('Agent → Get Many', () => {
	it('lists enabled agents by default; disabled agents and AI assistants on request; Limit applies', async () => {
		expect((await run({})).map((agent) => agent.email)).toEqual([
			'ada@desk.example',
			'bo@desk.example',
			'dee@desk.example',
		]);
		expect(
			(await run({ filters: { includeDisabled: true, includeAiAssistants: true } })).map(
				(agent) => agent.email,
			),
		).toEqual([
			'ada@desk.example',
			'bo@desk.example',
			'cy@desk.example',
			'ai@desk.example',
			'dee@desk.example',
		]);
		expect(await run({ returnAll: false, limit: 1 })).toHaveLength(1);
	});
});
