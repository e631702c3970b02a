/**
 * Conversation statuses (cmd/statuses.go, internal/conversation/status): any key lists them;
 * changing them needs status:manage. Libredesk refuses to change or delete its four default
 * statuses (400), answers a missing ID or a taken name with a bare 500, and a status some
 * conversation has cannot be deleted (400). The node checks all but the last before sending.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { namedRecords, requireFreeName } from '../../helpers/knownNames';
import { utf8Length } from '../../helpers/validation';
import type { InputChecker } from '../../helpers/validation';
import type { AdminRecord } from '../shared/adminRecord';
import { readRecordId } from '../shared/adminRecord';

export const STATUS: AdminRecord = {
	field: 'statusId',
	label: 'Status',
	searchMethod: 'searchStatuses',
	endpoint: '/statuses',
	permission: 'status:manage',
	checkedIn: '/statuses',
};

/** internal/conversation/status/models: Libredesk's own statuses, which it keeps as they are. */
const DEFAULT_STATUSES = ['Open', 'Snoozed', 'Resolved', 'Closed'];

export interface StatusBody extends IDataObject {
	name: string;
	category: string;
}

export const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. Waiting on Customer',
	description: 'Unique in Libredesk, at most 25 bytes (25 letters without accents)',
};

export const categoryField: INodeProperties = {
	displayName: 'Category',
	name: 'category',
	type: 'options',
	default: 'open',
	description: 'How Libredesk counts conversations with this status (e.g. in reports and SLAs)',
	options: [
		{ name: 'Open', value: 'open', description: 'The conversation needs an answer' },
		{ name: 'Waiting', value: 'waiting', description: 'Waiting on someone, such as the customer' },
		{ name: 'Resolved', value: 'resolved', description: 'Done' },
	],
};

/** The name, checked as Libredesk would (not empty, at most 25 bytes) and not taken by another status. */
export async function readStatusName(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	value: unknown,
	exceptId?: number,
): Promise<string> {
	const name = check.requiredText('Name', value, 'Enter the name of the status.');
	if (utf8Length(name) > 25)
		throw check.fail(
			'Name',
			`is ${utf8Length(name)} bytes long`,
			'Libredesk stores at most 25 bytes (UTF-8) in a status name; shorten it.',
		);
	await requireFreeName.call(this, check, '/statuses', name, itemIndex, exceptId);
	return name;
}

export function readCategory(check: InputChecker, value: unknown): string {
	if (!['open', 'waiting', 'resolved'].includes(value as string))
		throw check.fail(
			'Category',
			`is ${JSON.stringify(value)}`,
			'Use "open", "waiting" or "resolved".',
		);
	return value as string;
}

/** The picked status as Libredesk lists it; its default statuses are refused (it would refuse them). */
export async function readCustomStatus(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
): Promise<StatusBody & { id: number }> {
	const id = await readRecordId.call(this, check, itemIndex, STATUS);
	const status = (await namedRecords.call(this, '/statuses', itemIndex)).find(
		(record) => record.id === id,
	) as unknown as StatusBody & { id: number };
	if (DEFAULT_STATUSES.includes(status.name))
		throw check.fail(
			'Status',
			`is "${status.name}", one of Libredesk's default statuses`,
			`Libredesk does not let anyone change or delete ${DEFAULT_STATUSES.join(', ')}; pick a status you created.`,
		);
	return status;
}

/** What Libredesk answers a status write with 500 for, as the hint of that error. */
export const STATUS_WRITE_HINTS = {
	500: 'Libredesk refused the status: it was deleted meanwhile, or another status took the name.',
};
