/** Agents from the compact list any API key may read; it also holds disabled agents and AI assistants. */
import { unpagedGetManyOperation } from '../shared/unpagedGetMany';

export const { description, prepare, send } = unpagedGetManyOperation({
	endpoint: '/agents/compact',
	filters: [
		{
			displayName: 'Include AI Assistants',
			name: 'includeAiAssistants',
			type: 'boolean',
			default: false,
			description: "Whether to include Libredesk's AI assistant users",
		},
		{
			displayName: 'Include Disabled',
			name: 'includeDisabled',
			type: 'boolean',
			default: false,
			description: 'Whether to include disabled agents',
		},
	],
	keep: (agent, filters) =>
		(filters.includeDisabled === true || agent.enabled === true) &&
		(filters.includeAiAssistants === true || agent.type === 'agent'),
});
