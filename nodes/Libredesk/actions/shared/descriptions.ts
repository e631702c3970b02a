/**
 * Fields that several operations share. They carry no resource/operation conditions: those are set
 * once per operation (actions/shared/resourceProperties.ts).
 */
import type { INodeProperties } from 'n8n-workflow';

const UUID_REGEX =
	'^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$';

export function conversationLocator(description = 'The conversation to work on'): INodeProperties {
	return {
		displayName: 'Conversation',
		name: 'conversationId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Search by reference number or contact email…',
				typeOptions: { searchListMethod: 'searchConversations', searchable: true },
			},
			{
				displayName: 'By UUID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 5b0c8e8e-3f2a-4c1d-9e8f-0a1b2c3d4e5f',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: UUID_REGEX,
							errorMessage: 'A conversation UUID looks like 5b0c8e8e-3f2a-4c1d-9e8f-0a1b2c3d4e5f',
						},
					},
				],
			},
			{
				displayName: 'By Reference Number',
				name: 'reference',
				type: 'string',
				placeholder: 'e.g. #123, as in the email subject',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*#?\\s*[0-9]+\\s*$',
							errorMessage: 'A reference number is a whole number such as 123 or #123',
						},
					},
				],
			},
		],
	};
}

/** A picker of a record with a numeric ID: From List (a listSearch method) or By ID. */
export function idLocator(options: {
	displayName: string;
	name: string;
	description: string;
	searchListMethod: string;
	searchPlaceholder: string;
	idPlaceholder: string;
	idError: string;
}): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: options.searchPlaceholder,
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.idPlaceholder,
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*[1-9][0-9]*\\s*$',
							errorMessage: options.idError,
						},
					},
				],
			},
		],
	};
}

export function contactLocator(): INodeProperties {
	return idLocator({
		displayName: 'Contact',
		name: 'contactId',
		description: 'The contact (customer) to work on',
		searchListMethod: 'searchContacts',
		searchPlaceholder: 'Search by email…',
		idPlaceholder: 'e.g. 42',
		idError: 'A contact ID is a positive whole number',
	});
}

/** A collection of optional fields (Additional Fields, Filters, Update Fields …). */
export function fieldCollection(
	name: string,
	displayName: string,
	placeholder: string,
	options: INodeProperties[],
	description?: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder,
		default: {},
		// n8n lists a collection's fields alphabetically (n8n-nodes-base's collection-type-unsorted-items).
		options: [...options].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		...(description ? { description } : {}),
	};
}

export function returnAllAndLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/** An "Options" collection with the sort order of a list; `fields` are label → Libredesk column. */
export function orderOptions(
	fields: Record<string, string>,
	defaultField: string,
): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Order',
				name: 'order',
				type: 'options',
				default: 'desc',
				options: [
					{ name: 'Ascending', value: 'asc' },
					{ name: 'Descending', value: 'desc' },
				],
			},
			{
				displayName: 'Order By',
				name: 'orderBy',
				type: 'options',
				default: defaultField,
				options: Object.entries(fields).map(([name, value]) => ({ name, value })),
			},
		],
	};
}

export function simplifyField(fields: readonly string[]): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: `Whether to return a simplified version of the response instead of the raw data (only ${fields.map((field) => (field === 'id' ? 'ID' : field)).join(', ')})`,
	};
}

/** Message content as HTML or as plain text, as Create and the message operations take it. */
export function contentFields(what: string): INodeProperties[] {
	return [
		{
			displayName: 'Content',
			name: 'content',
			type: 'string',
			typeOptions: { rows: 5 },
			default: '',
			required: true,
			description: `${what}. With Content Format "HTML" it is sent as HTML unchanged; for an agent message Libredesk also fills in template variables such as {{ .Contact.FirstName }}.`,
		},
		{
			displayName: 'Content Format',
			name: 'contentFormat',
			type: 'options',
			default: 'html',
			description: 'How Libredesk should read the content',
			options: [
				{
					name: 'HTML',
					value: 'html',
					description: 'Send the content as HTML, as written (Libredesk does not sanitise it)',
				},
				{
					name: 'Plain Text',
					value: 'text',
					description:
						'Escape the text and turn lines into HTML paragraphs, e.g. for messages typed into a web form',
				},
			],
		},
	];
}
