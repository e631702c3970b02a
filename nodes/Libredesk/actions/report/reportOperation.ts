/**
 * Libredesk's overview reports (`/reports/overview/*`, permission reports:manage): one request,
 * one output item. All but the counts take `days`: 0 counts from midnight today (the database's
 * time zone), N the last N × 24 hours. Libredesk reads anything that is not a whole number as 0,
 * so the node checks it first.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InputChecker } from '../../helpers/validation';
import { answerList, libredeskRecord } from '../../transport';
import type { LibredeskRequest } from '../../transport';
import type { LibredeskOperation } from '../operationTypes';

/** A century; far past it Postgres cannot subtract the interval and Libredesk answers 500. */
export const MAX_DAYS = 36500;

const daysField: INodeProperties = {
	displayName: 'Days',
	name: 'days',
	type: 'number',
	typeOptions: { minValue: 0, maxValue: MAX_DAYS, numberPrecision: 0 },
	default: 7,
	description:
		"The period to report on: the last N days, counted back 24 hours each from now. 0 means today, since midnight in the Libredesk database's time zone. Libredesk's Reports page offers 7, 30 and 90.",
};

export function readDays(check: InputChecker, value: unknown): number {
	const days = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
	if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > MAX_DAYS)
		throw check.fail(
			'Days',
			`is ${JSON.stringify(value) ?? 'empty'}`,
			`Enter a whole number of days from 0 (today since midnight) to ${MAX_DAYS}, e.g. 7 or 30.`,
		);
	return days;
}

export interface ReportRequest {
	days?: number;
}

export function reportOperation(
	endpoint: string,
	report: {
		takesDays: boolean;
		/** The output from the answer; `list` reads a list inside it (refusing anything else). */
		output?: (data: IDataObject, list: (field: string) => IDataObject[]) => IDataObject;
	},
): LibredeskOperation<ReportRequest> {
	return {
		description: report.takesDays ? [daysField] : [],
		async prepare(this: IExecuteFunctions, itemIndex: number) {
			if (!report.takesDays) return {};
			const check = new InputChecker(this.getNode(), itemIndex);
			return { days: readDays(check, this.getNodeParameter('days', itemIndex, 7)) };
		},
		async send(this: IExecuteFunctions, itemIndex: number, request: ReportRequest) {
			const sent: LibredeskRequest = {
				method: 'GET',
				endpoint: `/reports/overview/${endpoint}`,
				qs: request.days === undefined ? undefined : { days: request.days },
				itemIndex,
				permission: 'reports:manage',
			};
			const data = await libredeskRecord.call(this, sent);
			const list = (field: string) => answerList(this.getNode(), sent, data[field], `its ${field}`);
			return report.output ? report.output(data, list) : data;
		},
	};
}
