/** Inboxes without their `config` (mail server settings with masked passwords): not for flows. */
import { unpagedGetManyOperation } from '../shared/unpagedGetMany';
import { withoutSettings } from './record';

export const { description, prepare, send } = unpagedGetManyOperation({
	endpoint: '/inboxes',
	filters: [
		{
			displayName: 'Channel',
			name: 'channel',
			type: 'options',
			default: '',
			options: [
				{ name: 'Any', value: '' },
				{ name: 'Email', value: 'email' },
				{ name: 'Live Chat', value: 'livechat' },
			],
		},
		{
			displayName: 'Enabled Only',
			name: 'enabledOnly',
			type: 'boolean',
			default: false,
			description: 'Whether to leave out disabled inboxes',
		},
	],
	keep: (inbox, filters) =>
		(!filters.channel || inbox.channel === filters.channel) &&
		(filters.enabledOnly !== true || inbox.enabled === true),
	output: withoutSettings,
});
