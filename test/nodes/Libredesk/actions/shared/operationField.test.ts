import { operationField } from '../../../../../nodes/Libredesk/actions/shared/operationField';

describe('operationField', () => {
	it("is the resource's Operation field, shown only for that resource", () => {
		const options = [
			{ name: 'Get Many', value: 'getAll', action: 'Get many teams' },
			{ name: 'Get', value: 'get', action: 'Get a team' },
		] as const;
		const field = operationField('team', options, 'getAll');
		expect(field).toEqual({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: ['team'] } },
			options: [
				{ name: 'Get Many', value: 'getAll', action: 'Get many teams' },
				{ name: 'Get', value: 'get', action: 'Get a team' },
			],
			default: 'getAll',
		});
		// A copy: the resource's own list (often `as const`) is never shared with n8n.
		expect(field.options).not.toBe(options);
	});
});
