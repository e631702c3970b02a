/**
 * Sets another agent's availability as an admin does on the agent's page (PUT /agents/{id}):
 * Libredesk's own availability endpoint changes only the API key's own agent.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputChecker } from '../../helpers/validation';
import { readRecordId, recordLocator } from '../shared/adminRecord';
import { AGENT } from './record';
import { saveAgent } from './save';

const STATUSES = [
	{
		name: 'Online',
		value: 'online',
		description:
			'Available; Libredesk sets an agent not active in Libredesk for 5 minutes offline again (checked every minute)',
	},
	{
		name: 'Away',
		value: 'away_manual',
		description: 'Away until changed; Libredesk keeps this through inactivity',
	},
	{
		name: 'Away and Reassigning',
		value: 'away_and_reassigning',
		description:
			"Away, and Libredesk's auto-assignment gives the agent's new conversations to others",
	},
	{ name: 'Offline', value: 'offline' },
];

export const description: INodeProperties[] = [
	recordLocator(AGENT, 'The agent whose availability to set'),
	{
		displayName: 'Availability',
		name: 'availabilityStatus',
		type: 'options',
		default: 'away_manual',
		options: STATUSES,
	},
];

export async function prepare(this: IExecuteFunctions, itemIndex: number) {
	const check = new InputChecker(this.getNode(), itemIndex);
	const status = this.getNodeParameter('availabilityStatus', itemIndex) as string;
	if (!STATUSES.some((option) => option.value === status))
		throw check.fail(
			'Availability',
			`is "${status}"`,
			`Use one of: ${STATUSES.map((option) => option.value).join(', ')}.`,
		);
	return { id: await readRecordId.call(this, check, itemIndex, AGENT), status };
}

export async function send(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { id: number; status: string },
): Promise<IDataObject> {
	return await saveAgent.call(this, itemIndex, request.id, {
		availability_status: request.status,
	});
}
