import { sleep } from 'n8n-workflow';

import type { LibredeskContext } from '../transport';

const resumeAt = new WeakMap<object, number>();

/**
 * One gate per execution of the node, shared by all its requests in parallel: when Libredesk (or
 * a proxy) asks to wait with 429/503 and Retry-After, every request waits, not only the one
 * that was told, so that the others do not keep hitting the limit.
 */
export function holdAll(context: LibredeskContext, ms: number): void {
	resumeAt.set(context, Math.max(resumeAt.get(context) ?? 0, Date.now() + ms));
}

/** Resolves when no Retry-After of this execution is still running. */
export async function waitForGate(context: LibredeskContext): Promise<void> {
	for (
		let wait = (resumeAt.get(context) ?? 0) - Date.now();
		wait > 0;
		wait = (resumeAt.get(context) ?? 0) - Date.now()
	) {
		await sleep(wait);
	}
}

const pushBacks = new WeakMap<object, number>();

/**
 * Counts, per execution, the answers that say Libredesk is overloaded (429, 503, a timeout), so
 * that Auto's limit (adaptiveLimit.ts) backs off even when the request was then repeated.
 */
export function notePushBack(context: LibredeskContext): void {
	pushBacks.set(context, (pushBacks.get(context) ?? 0) + 1);
}

export function pushBackCount(context: LibredeskContext): number {
	return pushBacks.get(context) ?? 0;
}
