/* eslint-disable @n8n/community-nodes/no-restricted-globals -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * The outage test's profile. The defaults are the full run the docs report (about 330 events over
 * 3 minutes, n8n stopped 60 s in the middle); CI sets a shorter one through the same variables.
 */
import type { Mode } from './topology';

function seconds(name: string, fallback: number): number {
	const value = Number(process.env[name] ?? fallback);
	if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of seconds`);
	return value;
}

export interface Profile {
	/** How long the load runs, and how many events it makes. */
	loadSeconds: number;
	events: number;
	/** When, into the load, every n8n process is stopped, and for how long at least. */
	downAtSeconds: number;
	downSeconds: number;
	/** The restart before the load, after polls that fired nothing: how long n8n is down. */
	quietDownSeconds: number;
	/** Longer than n8n's shortest poll interval (a minute): a poll surely ran meanwhile. */
	pollSeconds: number;
	modes: Mode[];
}

export function outageProfile(): Profile {
	const loadSeconds = seconds('OUTAGE_LOAD_SECONDS', 180);
	const modes = (process.env.OUTAGE_MODES ?? 'main,queue')
		.split(',')
		.map((mode) => mode.trim())
		.filter(Boolean);
	for (const mode of modes)
		if (mode !== 'main' && mode !== 'queue')
			throw new Error(`OUTAGE_MODES: "${mode}" is neither main nor queue`);
	return {
		loadSeconds,
		events: seconds('OUTAGE_EVENTS', 330),
		downAtSeconds: seconds('OUTAGE_DOWN_AT_SECONDS', loadSeconds / 3),
		downSeconds: seconds('OUTAGE_DOWN_SECONDS', 60),
		quietDownSeconds: seconds('OUTAGE_QUIET_DOWN_SECONDS', 20),
		pollSeconds: 65,
		modes: modes as Mode[],
	};
}
