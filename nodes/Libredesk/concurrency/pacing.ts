import type { IExecuteFunctions } from 'n8n-workflow';

import { AdaptiveLimit } from './adaptiveLimit';
import type { Outcome } from './adaptiveLimit';
import { pushBackCount } from './throttle';
import { AUTO_START, MAX_REQUESTS_IN_PARALLEL } from './requestsInParallel';

/** How many items the router sends at a time: a fixed number, or Auto's limit as it learns. */
export interface Pacing {
	limit: number | (() => number);
	/** Sends one item; under Auto its time (and any push-back by Libredesk) teaches the limit. */
	send<T>(sendItem: () => Promise<T>): Promise<T>;
	/** Under Auto, says in the execution's log and the output's hints what limit it settled on. */
	report(itemCount: number): void;
}

export function pacing(this: IExecuteFunctions, setting: number | 'auto'): Pacing {
	if (setting !== 'auto') {
		return { limit: setting, send: async (sendItem) => await sendItem(), report: () => {} };
	}
	const auto = new AdaptiveLimit({ initial: AUTO_START, max: MAX_REQUESTS_IN_PARALLEL });
	return {
		limit: () => auto.limit,
		send: async (sendItem) => {
			const ticket = auto.start(Date.now());
			const pushBacks = pushBackCount(this);
			let outcome: Outcome = 'failed';
			try {
				const result = await sendItem();
				outcome = 'answered';
				return result;
			} finally {
				// A push-back counts even when the request was then repeated and answered.
				if (pushBackCount(this) > pushBacks) outcome = 'pushedBack';
				auto.finish(ticket, outcome, Date.now());
			}
		},
		report: (itemCount) => {
			if (itemCount < 2) return;
			const message = `Requests in Parallel (Auto) settled on ${auto.limit} at a time for ${itemCount} items (started at ${AUTO_START}, highest ${auto.peak}, at most ${MAX_REQUESTS_IN_PARALLEL})`;
			this.logger.info(message, { node: this.getNode().name });
			// Older n8n versions have no execution hints; the log line is there either way.
			this.addExecutionHints?.({ message, type: 'info', location: 'outputPane' });
		},
	};
}
