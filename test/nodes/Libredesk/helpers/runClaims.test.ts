/**
 * Two items of one run that give one unique value: the second is refused while the items are
 * prepared, naming both items, and nothing is sent. Through the node (tags, agents) against the
 * simulator, and directly on an execution context for what the operations do not show.
 */
import { NodeOperationError } from 'n8n-workflow';

import { claimUnique } from '../../../../nodes/Libredesk/helpers/runClaims';
import { InputChecker } from '../../../../nodes/Libredesk/helpers/validation';
import { offlineContext } from '../../../helpers/executeContext';
import { libredeskNode, runNode } from '../../../helpers/n8n';
import { credentialsFor } from '../../../helpers/fixtures';
import { byId, useResourceRig } from '../../../helpers/resourceRig';

const { ctx, run, writes } = useResourceRig('tag');

const names = (...values: string[]) => values.map((name, id) => ({ json: { name, id: id + 1 } }));

describe('claimUnique', () => {
	it('refuses the second of two new tags with one name, naming both items, before any write', async () => {
		const error = await run(
			{ operation: 'create', name: '={{ $json.name }}' },
			names('refund', 'refund'),
		).then(
			() => undefined,
			(caught: NodeOperationError) => caught,
		);
		expect(error?.message).toBe(
			'The "Name" of item 1 is "refund", which item 0 of this run already gives a new tag',
		);
		expect(error?.description).toBe(
			'Each tag name is unique in Libredesk, which would refuse item 1 only after item 0 was written. Give each item its own name, or remove the duplicate items before this node.',
		);
		expect(writes()).toHaveLength(0);
	});

	it('compares as Libredesk does: tag names exactly, so "Case" and "case" are two tags', async () => {
		await run({ operation: 'create', name: '={{ $json.name }}' }, names('Case', 'case'));
		expect(writes()).toHaveLength(2);
	});

	it('refuses two records renamed to one name, and lets one record be given its name twice', async () => {
		await expect(
			run(
				{ operation: 'update', tag: byId('={{ $json.id }}'), name: '={{ $json.name }}' },
				names('shared', 'shared'),
			),
		).rejects.toThrow(
			'The "Name" of item 1 is "shared", which item 0 of this run already gives tag 1',
		);
		expect(writes()).toHaveLength(0);
		await run(
			{ operation: 'update', tag: byId(1), name: '={{ $json.name }}' },
			names('renamed', 'renamed'),
		);
		expect(writes()).toHaveLength(2);
	});

	it('agent emails: Libredesk stores them lowercased, so case does not make two', async () => {
		const node = libredeskNode({
			resource: 'agent',
			operation: 'create',
			email: '={{ $json.email }}',
			firstName: 'Twin',
			roles: ['Agent'],
		});
		await expect(
			runNode(
				node,
				[{ json: { email: 'twin@desk.example' } }, { json: { email: 'Twin@Desk.example' } }],
				credentialsFor(ctx.sim),
			),
		).rejects.toThrow(
			'The "Email" of item 1 is "twin@desk.example", which item 0 of this run already gives a new agent',
		);
		expect(writes()).toHaveLength(0);
	});

	it('with Continue On Fail: the second item becomes an error item, the first is created', async () => {
		const node = libredeskNode(
			{ resource: 'tag', operation: 'create', name: '={{ $json.name }}' },
			{ continueOnFail: true },
		);
		const output = await runNode(node, names('once', 'once'), credentialsFor(ctx.sim));
		expect(output.map((item) => item.json.error ?? item.json.name)).toEqual([
			'once',
			'The "Name" of item 1 is "once", which item 0 of this run already gives a new tag',
		]);
		expect(writes()).toHaveLength(1);
	});

	it('keeps claims per execution and per kind', () => {
		const first = offlineContext({});
		const second = offlineContext({});
		const claim = (context: typeof first, itemIndex: number, noun: string) =>
			claimUnique.call(context, new InputChecker(context.getNode(), itemIndex), itemIndex, {
				noun,
				what: 'name',
				field: 'Name',
				value: 'same',
			});
		claim(first, 0, 'tag');
		expect(() => claim(second, 1, 'tag')).not.toThrow();
		expect(() => claim(first, 1, 'team')).not.toThrow();
		expect(() => claim(first, 2, 'tag')).toThrow(NodeOperationError);
	});
});
