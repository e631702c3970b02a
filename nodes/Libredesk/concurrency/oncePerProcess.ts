/**
 * n8n's record of processed items (`helpers.checkProcessedAndRecord`, the store behind the Remove
 * Duplicates node) reads the whole history, adds to it and writes it back, without a lock: two
 * executions that check at the same moment both see a key as new, and the later write drops what
 * the earlier one added, so that key passes again later. Both happen when the Libredesk Trigger's
 * runs overlap each other and the Polling Trigger's. Every check of this package in one n8n
 * process (the main process, or a queue-mode worker) therefore waits for the one before it.
 */
let last: Promise<unknown> = Promise.resolve();

/** Runs `task` after every task queued before it in this process has settled. */
export async function oncePerProcess<T>(task: () => Promise<T>): Promise<T> {
	const turn = last.then(task, task);
	last = turn.catch(() => undefined);
	return await turn;
}
