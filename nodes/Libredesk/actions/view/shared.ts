/** What the view operations and Conversation → Get Many (Saved View) share. */
import type { InputChecker } from '../../helpers/validation';

/** Libredesk answers 403 for a view the key's agent may not use, and for a role without list rights. */
export const VIEW_ACCESS_HINT =
	"The view is not shared with the API key's agent (a personal view of another agent, or a team view of a team the agent is not in), or the key's role has none of the conversations:read_* permissions that decide which conversations it may list.";

export function readViewId(check: InputChecker, value: unknown): number {
	return check.positiveInteger(
		'View Name or ID',
		value,
		'Pick a view from the list, or enter its numeric ID (the `id` of View → Get Many).',
	);
}
