/* eslint-disable @n8n/community-nodes/no-restricted-globals -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * Where the live suite finds a running Libredesk: LIBREDESK_URL plus the API key and secret of an
 * agent with the Admin role (it provisions inboxes, teams, tags, agents and webhooks with it).
 */
export interface LiveEnv {
	url: string;
	apiKey: string;
	apiSecret: string;
}

export const LIVE_VARIABLES = [
	'LIBREDESK_URL',
	'LIBREDESK_API_KEY',
	'LIBREDESK_API_SECRET',
] as const;

export function missingLiveVariables(env: NodeJS.ProcessEnv = process.env): string[] {
	return LIVE_VARIABLES.filter((name) => !env[name]);
}

/** The live server, or undefined when any variable is unset. */
export function liveEnv(env: NodeJS.ProcessEnv = process.env): LiveEnv | undefined {
	if (missingLiveVariables(env).length) return undefined;
	return {
		url: env.LIBREDESK_URL!.replace(/\/+$/, ''),
		apiKey: env.LIBREDESK_API_KEY!,
		apiSecret: env.LIBREDESK_API_SECRET!,
	};
}
