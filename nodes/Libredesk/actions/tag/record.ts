import type { IExecuteFunctions } from 'n8n-workflow';

import { requireFreeName } from '../../helpers/knownNames';
import type { InputChecker } from '../../helpers/validation';
import type { AdminRecord } from '../shared/adminRecord';

/** Tags: any key reads them; changing them needs tags:manage. Delete of a missing ID succeeds, so IDs are checked. */
export const TAG: AdminRecord = {
	field: 'tag',
	label: 'Tag',
	searchMethod: 'searchTags',
	endpoint: '/tags',
	permission: 'tags:manage',
	checkedIn: '/tags',
};

export const tagNameField = (description: string) => ({
	displayName: 'Name',
	name: 'name',
	type: 'string' as const,
	default: '',
	required: true,
	placeholder: 'e.g. refund',
	description,
});

/**
 * The new name, checked as Libredesk would and more clearly: not empty, at most 140 characters,
 * and not the name of another tag (Libredesk answers that with 409 on create, 500 on rename).
 */
export async function readTagName(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	exceptId?: number,
): Promise<string> {
	const name = check.requiredText(
		'Name',
		this.getNodeParameter('name', itemIndex, ''),
		'Enter the name of the tag.',
		140,
	);
	await requireFreeName.call(this, check, '/tags', name, itemIndex, exceptId);
	return name;
}
