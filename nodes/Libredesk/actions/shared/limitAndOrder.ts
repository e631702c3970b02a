/** Runtime readers of the list fields that descriptions.ts builds (Return All, Limit, Order By). */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { InputChecker } from '../../helpers/validation';

/** The sort order the user chose, checked against the offered columns. */
export function readOrder(
	check: InputChecker,
	options: IDataObject,
	fields: Record<string, string>,
	defaultField: string,
): { orderBy: string; order: 'asc' | 'desc' } {
	const orderBy = (options.orderBy as string | undefined) ?? defaultField;
	const allowed = Object.values(fields);
	if (!allowed.includes(orderBy))
		throw check.fail('Order By', `is "${orderBy}"`, `Use one of: ${allowed.join(', ')}.`);
	return { orderBy, order: options.order === 'asc' ? 'asc' : 'desc' };
}

/** Return All → undefined (no limit); otherwise the checked Limit. */
export function readLimit(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
): number | undefined {
	if (this.getNodeParameter('returnAll', itemIndex, false) as boolean) return undefined;
	return check.positiveInteger(
		'Limit',
		this.getNodeParameter('limit', itemIndex, 50),
		'Enter how many results to return, e.g. 50.',
	);
}
