import type { LibredeskOperation } from './operation';
import * as conversationCreate from './conversation/create.operation';

/** resource -> operation -> module. A new operation is one file plus one line here. */
export const operations: Record<string, Record<string, LibredeskOperation>> = {
	conversation: {
		create: conversationCreate,
	},
};
