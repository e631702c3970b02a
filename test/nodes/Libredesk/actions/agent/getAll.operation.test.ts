import { credentialsFor, useSimulator } from '../../../../helpers/fixtures';
import { libredeskNode, runNode } from '../../../../helpers/n8n';

const ctx = useSimulator();
const run = async (parameters: Record<string, unknown>) =>
	(
		await runNode(
			libredeskNode({ resource: 'agent', operation: 'getAll', returnAll: true, ...parameters }),
			[{ json: {} }],
			credentialsFor(ctx.sim),
		)
	).map((item) => item.json);

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
