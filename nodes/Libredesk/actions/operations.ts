import { contactOperations } from './contact/Contact.resource';
import { conversationOperations } from './conversation/Conversation.resource';
import { messageOperations } from './message/Message.resource';
import type { LibredeskOperation } from './operation';

/** resource -> operation -> module. A new operation is one file plus one line in its resource. */
export const operations: Record<string, Record<string, LibredeskOperation>> = {
	contact: contactOperations,
	conversation: conversationOperations,
	message: messageOperations,
};
