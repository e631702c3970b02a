/** Reads the resource locators shared by several operations and checks what they hold. */
import type { IExecuteFunctions } from 'n8n-workflow';

import type { InputChecker } from './validation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed UUID makes Libredesk answer 500, so it is refused here. */
export function conversationUuid(this: IExecuteFunctions, check: InputChecker, itemIndex: number): string {
	const value = this.getNodeParameter('conversationId', itemIndex, '', { extractValue: true });
	const uuid = check.requiredText('Conversation', value, 'Pick a conversation from the list, or map its UUID (the `uuid` field of a conversation).');
	if (!UUID.test(uuid)) {
		throw check.fail('Conversation', `is not a conversation UUID: "${uuid}"`, 'Use the `uuid` of a conversation (e.g. {{ $json.uuid }}), not its reference number.');
	}
	return uuid.toLowerCase();
}

export function contactId(this: IExecuteFunctions, check: InputChecker, itemIndex: number): number {
	return check.positiveInteger('Contact', this.getNodeParameter('contactId', itemIndex, '', { extractValue: true }), 'Pick a contact from the list, or map its numeric ID (the `id` of a contact).');
}
