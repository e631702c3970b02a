/**
 * The record an item names (conversation, message, contact), read from its resource locator and
 * checked.
 */
import type { IExecuteFunctions, INodeParameterResourceLocator } from 'n8n-workflow';

import { searchConversations } from '../transport';
import type { InputChecker } from './validation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The conversation's UUID. A malformed UUID makes Libredesk answer 500, so it is refused here.
 * A reference number ("#123", what customers see in email subjects) is looked up with Libredesk's
 * search while the item is prepared: a read that changes nothing, so an unknown number stops the
 * node before any item is sent.
 */
export async function conversationUuid(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
): Promise<string> {
	const locator = this.getNodeParameter('conversationId', itemIndex, '') as
		INodeParameterResourceLocator | string;
	if (typeof locator === 'object' && locator !== null && locator.mode === 'reference') {
		return await uuidOfReference.call(this, check, itemIndex, locator.value);
	}
	const value = typeof locator === 'object' && locator !== null ? locator.value : locator;
	const uuid = check.requiredText(
		'Conversation',
		value,
		'Pick a conversation from the list, or map its UUID (the `uuid` field of a conversation).',
	);
	if (!UUID.test(uuid)) {
		throw check.fail(
			'Conversation',
			`is not a conversation UUID: "${uuid}"`,
			'Use the `uuid` of a conversation (e.g. {{ $json.uuid }}), or choose "By Reference Number" for a number such as #123.',
		);
	}
	return uuid.toLowerCase();
}

async function uuidOfReference(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
	value: unknown,
): Promise<string> {
	const text = check
		.requiredText('Conversation', value, 'Enter the reference number, e.g. 123 or #123.')
		.replace(/^#\s*/, '');
	if (!/^[0-9]+$/.test(text))
		throw check.fail(
			'Conversation',
			`is not a reference number: "${String(value)}"`,
			'Enter digits only, e.g. 123 or #123.',
		);
	// Libredesk's search needs 3 characters; its reference numbers start at 100.
	if (text.length < 3)
		throw check.fail(
			'Conversation',
			`is reference #${text}, but Libredesk's reference numbers start at 100`,
			'Check the number in the email subject, e.g. "Refund - #123".',
		);
	const hits = await searchConversations.call(this, text, itemIndex);
	// The search also matches contact emails that contain the digits; only the exact number counts.
	const found = hits.find((hit) => String(hit.reference_number) === text);
	if (!found) {
		throw check.fail(
			'Conversation',
			`is reference #${text}, which Libredesk does not have or does not show to this API key`,
			"Check the number, and that the API key's agent can see the conversation.",
		);
	}
	// The ID goes into the path of every later request: held to the same check as a typed one.
	if (typeof found.uuid !== 'string' || !UUID.test(found.uuid))
		throw check.fail(
			'Conversation',
			`is reference #${text}, but Libredesk's search gave no valid UUID for it`,
			'Check that the Base URL in the Libredesk API credential points at Libredesk itself, or pick the conversation By UUID.',
		);
	return found.uuid.toLowerCase();
}

/** A message's UUID, from a field named `messageId`. */
export function messageUuid(
	this: IExecuteFunctions,
	check: InputChecker,
	itemIndex: number,
): string {
	const uuid = check.requiredText(
		'Message UUID',
		this.getNodeParameter('messageId', itemIndex, ''),
		'Map the `uuid` of a message, e.g. {{ $json.uuid }}.',
	);
	if (!UUID.test(uuid))
		throw check.fail(
			'Message UUID',
			`is not a message UUID: "${uuid}"`,
			'Use the `uuid` field of a message (e.g. {{ $json.uuid }}), not its numeric `id`.',
		);
	return uuid.toLowerCase();
}

export function contactId(this: IExecuteFunctions, check: InputChecker, itemIndex: number): number {
	return check.positiveInteger(
		'Contact',
		this.getNodeParameter('contactId', itemIndex, '', { extractValue: true }),
		'Pick a contact from the list, or map its numeric ID (the `id` of a contact).',
	);
}
