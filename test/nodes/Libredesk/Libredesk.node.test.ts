import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { LibredeskApi } from '../../../credentials/LibredeskApi.credentials';
import { Libredesk } from '../../../nodes/Libredesk/Libredesk.node';
import { operations } from '../../../nodes/Libredesk/actions/operationMap';
import type { Resource } from '../../../nodes/Libredesk/actions/operationMap';
import codex from '../../../nodes/Libredesk/Libredesk.node.json';

const { description } = new Libredesk();
const property = (name: string) => description.properties.filter((p) => p.name === name);

describe('node description (public contract and n8n conventions)', () => {
	it('keeps the names saved workflows depend on', () => {
		// Versions 1 and 1.1 stay loadable: workflows saved with them keep their fixed Requests in
		// Parallel (1) and their JSON custom attributes (1, 1.1).
		expect(description).toMatchObject({
			name: 'libredesk',
			version: [1, 1.1, 1.2],
			defaultVersion: 1.2,
			usableAsTool: true,
		});
		// Event → Deduplicate sends nothing to Libredesk: no credential asked for it.
		expect(description.credentials).toEqual([
			{
				name: 'libredeskApi',
				required: true,
				testedBy: 'libredeskApiTest',
				displayOptions: { hide: { resource: ['event'] } },
			},
		]);
		expect(new LibredeskApi().name).toBe('libredeskApi');
		expect(new LibredeskApi().properties.map((p) => p.name)).toEqual([
			'baseUrl',
			'apiKey',
			'apiSecret',
			'allowUnauthorizedCerts',
			'timeout',
		]);
		const createNames = description.properties
			.filter(
				(p) =>
					p.displayOptions?.show?.resource?.includes('conversation') &&
					p.displayOptions?.show?.operation?.includes('create'),
			)
			.map((p) => p.name);
		expect(createNames).toEqual([
			'inboxId',
			'contactEmail',
			'firstName',
			'subject',
			'content',
			'contentFormat',
			'initiator',
			// Versions 1 and 1.1; then 1.2 with its typed custom attributes.
			'additionalFields',
			'attributesInput',
			'attributes',
			'attributesJson',
			'additionalFields',
		]);
		const extras = (version: number) =>
			(property('additionalFields')[version < 1.2 ? 0 : 1].options as INodeProperties[])
				.map((p) => p.name)
				.sort();
		const shared = [
			'agentId',
			'attachmentIds',
			'binaryPropertyNames',
			'externalUserId',
			'lastName',
			'teamId',
		];
		expect(extras(1)).toEqual([...shared.slice(0, 3), 'customAttributes', ...shared.slice(3)]);
		expect(extras(1.2)).toEqual(shared);
		expect(property('initiator')[0]).toMatchObject({ default: 'agent' });
		expect(
			(property('initiator')[0].options as INodePropertyOptions[]).map((o) => o.value),
		).toEqual(['agent', 'contact']);
		expect(property('inboxId')[0].modes?.map((m) => m.name)).toEqual(['list', 'id']);
	});

	it('routes every operation it offers, and offers every operation it routes', () => {
		for (const resource of property('resource')[0].options as INodePropertyOptions[]) {
			const offered = description.properties
				.filter(
					(p) =>
						p.name === 'operation' &&
						p.displayOptions?.show?.resource?.includes(resource.value as string),
				)
				.flatMap((p) => (p.options as INodePropertyOptions[]).map((o) => o.value));
			expect(offered.sort()).toEqual(Object.keys(operations[resource.value as Resource]).sort());
		}
	});

	it('gives each operation an action and keeps resource/operation out of expressions', () => {
		for (const p of [...property('resource'), ...property('operation')]) {
			expect(p.noDataExpression).toBe(true);
		}
		for (const p of property('operation')) {
			for (const option of p.options as INodePropertyOptions[])
				expect(option.action).toMatch(/^[A-Z][a-z]/);
		}
	});

	it('lets the dropdown methods it names exist', () => {
		const named =
			JSON.stringify(description.properties).match(
				/"(?:searchListMethod|loadOptionsMethod)":"(\w+)"/g,
			) ?? [];
		for (const entry of named) {
			const method = entry.split(':')[1].replace(/"/g, '');
			const methods = new Libredesk().methods as unknown as Record<string, Record<string, unknown>>;
			expect(methods.listSearch[method] ?? methods.loadOptions[method]).toBeInstanceOf(Function);
		}
	});

	it('has a codex file for the package node type', () => {
		expect(codex.node).toBe('n8n-nodes-libredesk.libredesk');
	});
});
