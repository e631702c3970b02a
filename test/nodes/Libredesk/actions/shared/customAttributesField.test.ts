import type { INodeParameters } from 'n8n-workflow';

import {
	customAttributesField,
	readCustomAttributes,
} from '../../../../../nodes/Libredesk/actions/shared/customAttributesField';
import { checkerFor } from '../../../../helpers/bareNode';
import { executeContext } from '../../../../helpers/executeContext';

// Reading the field sends nothing, so the credential names no server.
const offline = {
	baseUrl: 'http://127.0.0.1:9',
	apiKey: 'key',
	apiSecret: 'secret',
	allowUnauthorizedCerts: false,
};
const read = (parameters: INodeParameters) =>
	readCustomAttributes.call(
		executeContext(offline, {
			resource: 'contact',
			operation: 'updateCustomAttributes',
			...parameters,
		}),
		checkerFor(0),
		0,
		'{"crm_id": "C-1042"}',
	);

describe('customAttributesField', () => {
	it('is a required JSON field of versions 1 and 1.1, described for its operation', () => {
		expect(customAttributesField('The attributes to merge')).toEqual({
			displayName: 'Custom Attributes',
			name: 'customAttributes',
			type: 'json',
			default: '{}',
			required: true,
			description: 'The attributes to merge',
			// Versions 1 and 1.1 only; 1.2 has typed attributes.
			displayOptions: { show: { '@version': [{ _cnd: { lt: 1.2 } }] } },
		});
	});
});

describe('readCustomAttributes', () => {
	it('reads a JSON object written as text or given as an object by an expression', () => {
		expect(read({ customAttributes: '{"crm_id": "C-7", "vip": true}' })).toEqual({
			crm_id: 'C-7',
			vip: true,
		});
		expect(read({ customAttributes: '={{ { "crm_id": "C-8" } }}' })).toEqual({ crm_id: 'C-8' });
	});

	it('refuses what is not a JSON object, naming the field and showing the example', () => {
		expect(() => read({ customAttributes: '{crm_id: C-7' })).toThrow(
			/Custom Attributes.*not valid JSON/,
		);
		expect(() => read({ customAttributes: '[1, 2]' })).toThrow(/not a JSON object/);
		const refusal = (() => {
			try {
				read({ customAttributes: '"text"' });
			} catch (error) {
				return error;
			}
		})();
		expect(refusal).toMatchObject({ description: expect.stringContaining('{"crm_id": "C-1042"}') });
	});
});

describe('readCustomAttributes: the key "__proto__"', () => {
	it.each([
		['{"__proto__": {"admin": true}, "crm_id": "C-1"}', '"__proto__"'],
		['{"crm_id": {"__proto__": 1}}', '"__proto__" (at crm_id.__proto__)'],
	])('refuses %s instead of dropping the key', (customAttributes, named) => {
		expect(() => read({ customAttributes })).toThrow(
			`"Custom Attributes" of item 0 has the key ${named}, which cannot be sent as a key`,
		);
	});
});
