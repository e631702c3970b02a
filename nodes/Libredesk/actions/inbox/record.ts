/**
 * Inboxes (cmd/inboxes.go): any key lists them; one by ID, or switching one, needs inboxes:manage.
 * Get of a missing inbox is a 400 "Inbox not found". The output leaves out `config` (mail server
 * settings, passwords masked) and `secret` (a live chat inbox's signing secret): not for flows.
 */
import type { IDataObject } from 'n8n-workflow';

import type { SwitchableRecord } from '../shared/enableRecord';

const SETTINGS = ['config', 'secret'];

export const withoutSettings = (inbox: IDataObject): IDataObject =>
	Object.fromEntries(Object.entries(inbox).filter(([key]) => !SETTINGS.includes(key)));

export const INBOX: SwitchableRecord = {
	field: 'inbox',
	label: 'Inbox',
	searchMethod: 'searchAllInboxes',
	endpoint: '/inboxes',
	permission: 'inboxes:manage',
	missingHints: {
		400: 'Libredesk has no inbox with this ID (it answers "Inbox not found" with HTTP 400).',
	},
	output: withoutSettings,
};
