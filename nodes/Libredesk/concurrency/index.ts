/**
 * How many items and requests are under way at once: the Requests in Parallel setting, the
 * ordered runner the router sends items with, Auto's limit, and the gate that holds every request
 * of an execution when Libredesk asks to wait.
 */
export { pacing } from './pacing';
export { readRequestsInParallel, requestsInParallelSettings } from './requestsInParallel';
export { runInOrder } from './runInOrder';
export type { Settled } from './runInOrder';
export { holdAll, notePushBack, waitForGate } from './throttle';
