/** Reading one macro needs macros:manage; the list (Get Many) any key may read. */
import { getRecordOperation } from '../shared/adminRecord';

export const { description, prepare, send } = getRecordOperation(
	{
		field: 'macro',
		label: 'Macro',
		searchMethod: 'searchMacros',
		endpoint: '/macros',
		permission: 'macros:manage',
	},
	{ 404: 'Libredesk has no macro with this ID.' },
);
