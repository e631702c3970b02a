import { NodeHelpers } from 'n8n-workflow';

import { Libredesk } from '../../../../../nodes/Libredesk/Libredesk.node';

const properties = new Libredesk().description.properties;
const shown = (status: string) =>
	'snoozeFor' in
	(NodeHelpers.getNodeParameters(
		properties,
		{ resource: 'conversation', operation: 'updateStatus', status, snoozeFor: '2h' },
		false,
		false,
		null,
		null,
	) ?? {});

describe('Conversation → Update Status: Snooze For', () => {
	it('is shown for Snoozed, and for a status given by an expression, and for nothing else', () => {
		expect(shown('Snoozed')).toBe(true);
		expect(shown('={{ $json.status }}')).toBe(true);
		expect(shown('Open')).toBe(false);
		expect(shown('Resolved')).toBe(false);
	});
});
