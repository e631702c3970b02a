/**
 * No default Libredesk role may record messages as the customer (messages:write_as_contact): this
 * gives the run's plain agent a role that may, removed again at cleanup. Returns the agent's key.
 */
import type { ApiKeyPair, LiveFixtures } from './provision';

export async function letAgentWriteAsContact(f: LiveFixtures, label: string): Promise<ApiKeyPair> {
	const name = `${f.prefix} ${label}`;
	const role = await f.admin.data<{ id: number }>('POST', '/api/v1/roles', {
		name,
		description: 'live test',
		permissions: ['messages:write_as_contact'],
	});
	f.later(() => f.admin.data('DELETE', `/api/v1/roles/${role.id}`));
	await f.admin.data('PUT', `/api/v1/agents/${f.agent.id}`, {
		first_name: `${f.prefix} agent`,
		last_name: 'Live',
		email: f.agent.email,
		roles: ['Agent', name],
		enabled: true,
		availability_status: 'offline',
	});
	return f.agent.key;
}
