/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- the API simulator: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * In-memory data of the simulated Libredesk, seeded like a fresh install plus a few records that
 * tests need (a disabled inbox, a livechat inbox, a disabled agent, an AI assistant, a limited key).
 * Shapes follow docs/libredesk-api-notes.md (Libredesk's models in internal/<package>/models/models.go).
 */
import { randomUUID } from 'crypto';

import { seedAdminSettings } from './adminSettings';
import type { AutomationRule, BusinessHours, SlaPolicy } from './adminSettings';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface ApiKey {
	key: string;
	secret: string;
	userId: number;
}

export interface User {
	id: number;
	type: 'agent' | 'contact' | 'ai_assistant';
	first_name: string;
	last_name: string | null;
	email: string;
	enabled: boolean;
	external_user_id: string | null;
	roles: string[];
	teams: number[];
	created_at: string;
	updated_at: string;
	phone_number: string | null;
	phone_number_country_code: string | null;
	country: string | null;
	avatar_url: string | null;
	custom_attributes: JsonObject;
	/** The Postgres enum user_availability_status; 'offline' for a new user. */
	availability_status: string;
}

/** internal/team/models Team: what GET /teams/{id} returns; the compact list keeps id, name, emoji. */
export interface Team {
	id: number;
	created_at: string;
	updated_at: string;
	name: string;
	emoji: string | null;
	conversation_assignment_type: 'Round robin' | 'Manual';
	timezone: string;
	max_auto_assigned_conversations: number;
	business_hours_id: number | null;
	sla_policy_id: number | null;
}

export interface Inbox {
	id: number;
	uuid: string;
	name: string;
	channel: 'email' | 'livechat';
	enabled: boolean;
	from: string;
	deleted: boolean;
	created_at: string;
	updated_at: string;
}

export interface Media {
	id: number;
	uuid: string;
	filename: string;
	content_type: string;
	size: number;
	disposition: string;
	model_type: string;
	model_id: number | null;
	created_at: string;
	updated_at: string;
	data: Buffer;
}

export interface Message {
	id: number;
	uuid: string;
	created_at: string;
	updated_at: string;
	type: 'incoming' | 'outgoing' | 'activity';
	status: 'pending' | 'sent' | 'failed' | 'received';
	conversation_id: number;
	content: string;
	content_type: 'html' | 'text';
	private: boolean;
	sender_id: number;
	sender_type: 'agent' | 'contact';
	meta: JsonObject;
	attachments: number[];
}

/** internal/macro/models: actions are automation RuleActions with values as strings (IDs or names). */
export interface Macro {
	id: number;
	created_at: string;
	updated_at: string;
	name: string;
	actions: Array<{ type: string; value: string[] }>;
	visibility: 'all' | 'team' | 'user';
	visible_when: string[];
	message_content: string;
	user_id: number | null;
	team_id: number | null;
	usage_count: number;
}

/** internal/view/models: a saved conversation list (filters as the list endpoints take them). */
export interface View {
	id: number;
	created_at: string;
	updated_at: string;
	name: string;
	filters: JsonObject[];
	visibility: 'all' | 'team' | 'user';
	user_id: number | null;
	team_id: number | null;
}

function seedMacrosAndViews(state: SimState, at: string): void {
	const macro = (name: string, actions: Macro['actions'], message = ''): void => {
		state.macros.push({
			id: state.nextId('macros'),
			created_at: at,
			updated_at: at,
			name,
			actions,
			visibility: 'all',
			visible_when: ['replying'],
			message_content: message,
			user_id: null,
			team_id: null,
			usage_count: 0,
		});
	};
	macro(
		'Escalate to Billing',
		[
			{ type: 'assign_team', value: ['1'] },
			{ type: 'add_tags', value: ['billing', 'vip'] },
			{ type: 'set_priority', value: ['3'] },
		],
		'<p>We passed this to our billing team.</p>',
	);
	macro('Resolve', [{ type: 'set_status', value: ['3'] }]);
	// Made through the API: Libredesk stores it, but refuses to apply a reply action from a macro.
	macro('Auto reply', [{ type: 'send_reply', value: ['Thanks!'] }]);
	const view = (
		name: string,
		filters: JsonObject[],
		visibility: View['visibility'],
		userId: number | null,
		teamId: number | null,
	): void => {
		state.views.push({
			id: state.nextId('views'),
			created_at: at,
			updated_at: at,
			name,
			filters,
			visibility,
			user_id: userId,
			team_id: teamId,
		});
	};
	view(
		'High priority',
		[{ model: 'conversations', field: 'priority_id', operator: 'equals', value: '3' }],
		'user',
		1,
		null,
	);
	view(
		'Billing team queue',
		[{ model: 'conversations', field: 'assigned_team_id', operator: 'equals', value: '1' }],
		'team',
		null,
		1,
	);
	view(
		'Everything open',
		[{ model: 'conversations', field: 'status_id', operator: 'equals', value: '1' }],
		'all',
		null,
		null,
	);
}

export interface Webhook {
	id: number;
	created_at: string;
	updated_at: string;
	name: string;
	url: string;
	events: string[];
	secret: string;
	is_active: boolean;
}

/** The Postgres enum webhook_event (schema.sql). */
export const WEBHOOK_EVENTS = [
	'conversation.created',
	'conversation.status_changed',
	'conversation.tags_changed',
	'conversation.assigned',
	'conversation.unassigned',
	'message.created',
	'message.updated',
];

export interface Conversation {
	id: number;
	uuid: string;
	reference_number: string;
	created_at: string;
	updated_at: string;
	contact_id: number;
	inbox_id: number;
	status: string;
	priority: string | null;
	assigned_user_id: number | null;
	assigned_team_id: number | null;
	subject: string;
	tags: string[];
	meta: JsonObject;
	custom_attributes: JsonObject;
	waiting_since: string | null;
	/** Every message, notes and activity entries included. */
	last_message_at: string | null;
	last_message: string | null;
	last_message_sender: string | null;
	/** Only what the customer sees or wrote. */
	last_interaction_at: string | null;
	last_interaction: string | null;
	last_interaction_sender: string | null;
}

/** What both default roles may do; Admin adds conversations:write and the management rights. */
const CONVERSATION_READS = [
	'conversations:read',
	'conversations:read_all',
	'conversations:read_assigned',
	'conversations:read_unassigned',
	'conversations:read_team_inbox',
	'conversations:read_team_all',
];
const CONVERSATION_UPDATES = [
	'conversations:update_user_assignee',
	'conversations:update_team_assignee',
	'conversations:update_priority',
	'conversations:update_status',
	'conversations:update_tags',
];
const MESSAGE_ACCESS = ['messages:read', 'messages:write'];

export const ROLE_PERMISSIONS: Record<string, string[]> = {
	Admin: [
		...CONVERSATION_READS,
		'conversations:write',
		...CONVERSATION_UPDATES,
		...MESSAGE_ACCESS,
		'contacts:read_all',
		'contacts:read',
		'contacts:write',
		'contacts:block',
		'contact_notes:read',
		'contact_notes:write',
		'contact_notes:delete',
		'webhooks:manage',
		'users:manage',
		'teams:manage',
		'inboxes:manage',
		'automations:manage',
		'sla:manage',
		'business_hours:manage',
		'custom_attributes:manage',
		'status:manage',
		'tags:manage',
		'macros:manage',
		'roles:manage',
		'view:manage',
		'reports:manage',
	],
	// Not a default role: what an admin creates so that a key can record customers' messages.
	'Contact Messages': ['messages:write_as_contact'],
	// The default Agent role: reads and updates, but cannot create conversations (schema.sql).
	Agent: [...CONVERSATION_READS, ...CONVERSATION_UPDATES, ...MESSAGE_ACCESS, 'view:manage'],
};

/** Credentials the seeded simulator accepts (32/64 alphanumeric, like Libredesk's). */
export const SEED_KEYS = {
	admin: { key: 'adminkey0000000000000000000000ab', secret: 'adminsecret'.padEnd(64, 'x') },
	agent: { key: 'agentkey0000000000000000000000cd', secret: 'agentsecret'.padEnd(64, 'y') },
	disabled: { key: 'disabledkey000000000000000000000', secret: 'disabledsecret'.padEnd(64, 'z') },
};

export class SimState {
	private lastNow = 0;
	/**
	 * Libredesk's clock: Postgres stamps with microseconds, so two changes practically never share
	 * a time; this one keeps milliseconds and moves on by one when called twice in the same one.
	 * A test may replace it (say, to step the clock back).
	 */
	now = (): string => {
		this.lastNow = Math.max(Date.now(), this.lastNow + 1);
		return new Date(this.lastNow).toISOString();
	};
	users: User[] = [];
	/** Agents deleted through the API: Libredesk keeps them (soft delete), no route shows them. */
	deletedUsers: User[] = [];
	apiKeys: ApiKey[] = [];
	inboxes: Inbox[] = [];
	teams: Team[] = [];
	statuses: Array<{ id: number; name: string; category: string; created_at: string }> = [];
	priorities: Array<{ id: number; name: string; created_at: string }> = [];
	tags: Array<{ id: number; name: string; created_at: string; updated_at: string }> = [];
	customAttributes: Array<{
		id: number;
		key: string;
		name: string;
		applies_to: 'conversation' | 'contact';
		data_type: string;
		/** Absent on the seeded definitions: read as Libredesk's empty values. */
		description?: string;
		values?: string[];
		regex?: string;
		regex_hint?: string;
		created_at?: string;
		updated_at?: string;
	}> = [];
	conversations: Conversation[] = [];
	messages: Message[] = [];
	media: Media[] = [];
	webhooks: Webhook[] = [];
	contactNotes: Array<{
		id: number;
		contact_id: number;
		note: string;
		user_id: number;
		created_at: string;
		updated_at: string;
	}> = [];
	macros: Macro[] = [];
	views: View[] = [];
	automationRules: AutomationRule[] = [];
	slaPolicies: SlaPolicy[] = [];
	businessHours: BusinessHours[] = [];
	/** Libredesk's conversation reference sequence starts at 100 (schema.sql). */
	nextReference = 100;
	/** app.max_file_upload_size, 20 MB by default. */
	maxUploadBytes = 20 * 1024 * 1024;
	private ids: Record<string, number> = {};

	nextId(table: string): number {
		this.ids[table] = (this.ids[table] ?? 0) + 1;
		return this.ids[table];
	}

	/** A new user (agent, contact or AI assistant): enabled, in no team, without the optional fields. */
	addUser(fields: Pick<User, 'type' | 'first_name' | 'last_name' | 'email'> & Partial<User>): User {
		const at = fields.created_at ?? this.now();
		const user: User = {
			id: this.nextId('users'),
			enabled: true,
			external_user_id: null,
			roles: [],
			teams: [],
			created_at: at,
			updated_at: at,
			phone_number: null,
			phone_number_country_code: null,
			country: null,
			avatar_url: null,
			custom_attributes: {},
			availability_status: 'offline',
			...fields,
		};
		this.users.push(user);
		return user;
	}

	/** A new team: manual assignment, no timezone, business hours or SLA unless given. */
	addTeam(fields: Pick<Team, 'name' | 'emoji'> & Partial<Team>): Team {
		const at = fields.created_at ?? this.now();
		const team: Team = {
			id: this.nextId('teams'),
			created_at: at,
			updated_at: at,
			conversation_assignment_type: 'Manual',
			timezone: '',
			max_auto_assigned_conversations: 0,
			business_hours_id: null,
			sla_policy_id: null,
			...fields,
		};
		this.teams.push(team);
		return team;
	}

	constructor() {
		const at = this.now();
		const agent = (
			first: string,
			last: string,
			email: string,
			roles: string[],
			extra: Partial<User> = {},
		): User =>
			this.addUser({
				type: 'agent',
				first_name: first,
				last_name: last,
				email,
				roles,
				created_at: at,
				...extra,
			});
		const admin = agent('Ada', 'Admin', 'ada@desk.example', ['Admin'], { teams: [1] });
		const helper = agent('Bo', 'Agent', 'bo@desk.example', ['Agent'], { teams: [2] });
		const gone = agent('Cy', 'Gone', 'cy@desk.example', ['Admin'], { enabled: false });
		agent('Ayla', 'Assistant', 'ai@desk.example', ['Agent'], { type: 'ai_assistant' });
		agent('Dee', 'Support', 'dee@desk.example', ['Agent'], { teams: [1] });
		this.apiKeys.push({ ...SEED_KEYS.admin, userId: admin.id });
		this.apiKeys.push({ ...SEED_KEYS.agent, userId: helper.id });
		this.apiKeys.push({ ...SEED_KEYS.disabled, userId: gone.id });

		const inbox = (
			name: string,
			channel: Inbox['channel'],
			enabled: boolean,
			from: string,
		): void => {
			this.inboxes.push({
				id: this.nextId('inboxes'),
				uuid: randomUUID(),
				name,
				channel,
				enabled,
				from,
				deleted: false,
				created_at: at,
				updated_at: at,
			});
		};
		inbox('Support', 'email', true, 'support@desk.example');
		inbox('Billing', 'email', true, 'billing@desk.example');
		inbox('Old Sales', 'email', false, 'sales@desk.example');
		inbox('Website Chat', 'livechat', true, '');

		this.addTeam({ name: 'Billing', emoji: '💳', created_at: at });
		this.addTeam({ name: 'Tier 1', emoji: null, created_at: at });
		for (const [name, category] of [
			['Open', 'open'],
			['Snoozed', 'waiting'],
			['Resolved', 'resolved'],
			['Closed', 'resolved'],
		]) {
			this.statuses.push({ id: this.nextId('statuses'), name, category, created_at: at });
		}
		for (const name of ['Low', 'Medium', 'High']) {
			this.priorities.push({ id: this.nextId('priorities'), name, created_at: at });
		}
		for (const name of ['billing', 'bug', 'vip']) {
			this.tags.push({ id: this.nextId('tags'), name, created_at: at, updated_at: at });
		}
		this.customAttributes.push({
			id: this.nextId('ca'),
			key: 'order_id',
			name: 'Order ID',
			applies_to: 'conversation',
			data_type: 'text',
		});
		this.customAttributes.push({
			id: this.nextId('ca'),
			key: 'plan',
			name: 'Plan',
			applies_to: 'conversation',
			data_type: 'text',
		});
		this.customAttributes.push({
			id: this.nextId('ca'),
			key: 'crm_id',
			name: 'CRM ID',
			applies_to: 'contact',
			data_type: 'text',
		});
		seedMacrosAndViews(this, at);
		seedAdminSettings(this, at);
	}

	permissionsOf(user: User): string[] {
		return [...new Set(user.roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []))];
	}

	/** Conversations keep status and priority by name; IDs come from the lookup tables. */
	statusOf(conversation: Conversation) {
		return this.statuses.find((status) => status.name === conversation.status);
	}

	priorityOf(conversation: Conversation) {
		return this.priorities.find((priority) => priority.name === conversation.priority);
	}

	findUser(id: number): User | undefined {
		return this.users.find((user) => user.id === id);
	}
}
