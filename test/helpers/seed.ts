/** Puts records into the simulator through its HTTP API, as Libredesk's own UI would. */
import type { ResourceMapperValue } from 'n8n-workflow';

import type { Simulator } from '../../simulator/server';
import { SEED_KEYS } from '../../simulator/state';

const auth = `Basic ${Buffer.from(`${SEED_KEYS.admin.key}:${SEED_KEYS.admin.secret}`).toString('base64')}`;

export async function simCall<T = Record<string, unknown>>(
	sim: Simulator,
	method: string,
	path: string,
	body?: unknown,
): Promise<T> {
	const response = await fetch(`${sim.url}/api/v1${path}`, {
		method,
		headers: { Authorization: auth, 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const json = (await response.json()) as { data: T; message?: string };
	if (response.status !== 200)
		throw new Error(`${method} ${path}: ${response.status} ${json.message}`);
	return json.data;
}

export interface SeededConversation {
	id: number;
	uuid: string;
	reference_number: string;
	contact: { id: number; email: string };
}

export async function seedConversation(
	sim: Simulator,
	fields: Record<string, unknown> = {},
): Promise<SeededConversation> {
	return await simCall<SeededConversation>(sim, 'POST', '/conversations', {
		inbox_id: 1,
		contact_email: `seed-${Math.random().toString(36).slice(2, 10)}@example.com`,
		first_name: 'Seed',
		content: '<p>Hello</p>',
		initiator: 'contact',
		subject: 'Seeded',
		...fields,
	});
}

/** A contact with every optional field set, to show which fields an operation keeps. */
export async function seedRichContact(sim: Simulator) {
	const { contact } = await seedConversation(sim, {
		contact_email: `rich-${Date.now()}@example.com`,
		first_name: 'Rita',
		last_name: 'Rich',
	});
	const stored = sim.state.findUser(contact.id)!;
	Object.assign(stored, {
		phone_number: '1701234567',
		phone_number_country_code: '+49',
		country: 'DE',
		avatar_url: '/uploads/avatar-rita.png',
	});
	return stored;
}

/** The private notes agents (or a workflow) added to a conversation, as the simulator holds them. */
export function privateNotesOn(sim: Simulator, conversationId: number) {
	return sim.state.messages.filter(
		(message) =>
			message.conversation_id === conversationId && message.private && message.type === 'outgoing',
	);
}

/**
 * Custom attribute definitions of every data type Libredesk's editor offers, besides the seeded
 * text ones (order_id, plan, crm_id). Put into the simulator's state: its API only lists them.
 */
export function seedTypedAttributes(sim: Simulator): void {
	const definitions = [
		{ key: 'tier', name: 'Tier', data_type: 'list', values: ['free', 'pro'] },
		{ key: 'due_date', name: 'Due Date', data_type: 'date' },
		{ key: 'score', name: 'Score', data_type: 'number' },
		{ key: 'vip', name: 'VIP', data_type: 'checkbox' },
		{ key: 'crm_link', name: 'CRM Link', data_type: 'link' },
		{
			key: 'ticket_code',
			name: 'Ticket Code',
			data_type: 'text',
			regex: '^T-[0-9]+$',
			regex_hint: 'T- then digits, e.g. T-7',
		},
	] as const;
	for (const definition of definitions) {
		if (sim.state.customAttributes.some((known) => known.key === definition.key)) continue;
		sim.state.customAttributes.push({
			id: sim.state.nextId('ca'),
			applies_to: 'conversation',
			...definition,
			values: 'values' in definition ? [...definition.values] : [],
		});
	}
	if (!sim.state.customAttributes.some((known) => known.key === 'loyalty_points'))
		sim.state.customAttributes.push({
			id: sim.state.nextId('ca'),
			key: 'loyalty_points',
			name: 'Loyalty Points',
			applies_to: 'contact',
			data_type: 'number',
		});
}

/** The "Custom Attributes" resource mapper as the editor saves it, with these values set. */
export function mappedAttributes(value: ResourceMapperValue['value']): ResourceMapperValue {
	return {
		mappingMode: 'defineBelow',
		value,
		matchingColumns: [],
		schema: [],
		attemptToConvertTypes: false,
		convertFieldsToString: false,
	};
}
