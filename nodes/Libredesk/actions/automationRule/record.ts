/**
 * Automation rules (cmd/automation.go): reading or switching them needs automations:manage. Get of
 * a missing rule is a 400 "Rule not found"; the toggle route flips the rule, so Enable and Disable
 * read it first (shared/enableRecord.ts).
 */
import type { SwitchableRecord } from '../shared/enableRecord';

export const AUTOMATION_RULE: SwitchableRecord = {
	field: 'automationRule',
	label: 'Automation Rule',
	searchMethod: 'searchAutomationRules',
	endpoint: '/automations/rules',
	permission: 'automations:manage',
	missingHints: {
		400: 'Libredesk has no automation rule with this ID (it answers "Rule not found" with HTTP 400).',
	},
};

/** Libredesk's rule types; its list endpoint answers one type at a time. */
export const RULE_TYPES = ['new_conversation', 'conversation_update', 'time_trigger'] as const;
