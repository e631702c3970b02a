/**
 * How many items and requests are under way at once: the Requests in Parallel setting, the
 * ordered runner the router sends items with, Auto's limit, the gate that holds every request
 * of an execution when Libredesk asks to wait, and the queue that lets one task of the n8n process
 * run at a time (Event → Deduplicate).
 */
export { pacing } from './pacing';
export { readRequestsInParallel, requestsInParallelSettings } from './requestsInParallel';
export { runInOrder } from './runInOrder';
export type { Settled } from './runInOrder';
export { holdAll, notePushBack, waitForGate } from './throttle';
export { oncePerProcess } from './oncePerProcess';
