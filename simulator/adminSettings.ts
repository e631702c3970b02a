/**
 * The admin settings the node reads or switches (automation rules, SLA policies, business hours),
 * shaped as Libredesk v2.7.0 answers them (internal/automation, internal/sla, internal/business_hours
 * models), with a few seeded records.
 */
import type { Json, JsonObject } from './state';

/** internal/automation/models.RuleRecord; `rules` is the stored JSON as given. */
export interface AutomationRule {
	id: number;
	created_at: string;
	updated_at: string;
	name: string;
	description: string;
	type: string;
	events: string[];
	enabled: boolean;
	weight: number;
	execution_mode: 'all' | 'first_match';
	rules: Json;
}

/** internal/sla/models.SLAPolicy: durations are Go duration strings or null. */
export interface SlaPolicy {
	id: number;
	created_at: string;
	updated_at: string;
	name: string;
	description: string;
	first_response_time: string | null;
	next_response_time: string | null;
	resolution_time: string | null;
	notifications: JsonObject[];
}

/** internal/business_hours/models.BusinessHours: `hours` and `holidays` as stored JSON. */
export interface BusinessHours {
	id: number;
	created_at: string;
	updated_at: string;
	name: string;
	description: string | null;
	is_always_open: boolean;
	hours: Json;
	holidays: Json;
}

export interface AdminSettings {
	automationRules: AutomationRule[];
	slaPolicies: SlaPolicy[];
	businessHours: BusinessHours[];
	nextId(table: string): number;
}

const weekday = { open: '09:00', close: '17:00' };

export function seedAdminSettings(state: AdminSettings, at: string): void {
	const rule = (name: string, type: string, enabled: boolean, events: string[] = []) =>
		state.automationRules.push({
			id: state.nextId('automationRules'),
			created_at: at,
			updated_at: at,
			name,
			description: '',
			type,
			events,
			enabled,
			weight: 0,
			execution_mode: 'all',
			rules: [{ group_operator: 'OR', groups: [], actions: [] }],
		});
	rule('Auto-assign billing', 'new_conversation', true);
	rule('Escalate urgent', 'conversation_update', false, ['conversation.priority.change']);
	rule('Close stale', 'time_trigger', true);
	state.slaPolicies.push({
		id: state.nextId('slaPolicies'),
		created_at: at,
		updated_at: at,
		name: 'Standard',
		description: 'First answer in 4 hours',
		first_response_time: '4h',
		next_response_time: null,
		resolution_time: '48h',
		notifications: [],
	});
	state.businessHours.push({
		id: state.nextId('businessHours'),
		created_at: at,
		updated_at: at,
		name: 'Office',
		description: 'Monday to Friday',
		is_always_open: false,
		hours: {
			Monday: weekday,
			Tuesday: weekday,
			Wednesday: weekday,
			Thursday: weekday,
			Friday: weekday,
		},
		holidays: [],
	});
}
