import { agentOperations } from './agent/Agent.resource';
import { contactOperations } from './contact/Contact.resource';
import { conversationOperations } from './conversation/Conversation.resource';
import { customAttributeOperations } from './customAttribute/CustomAttribute.resource';
import { inboxOperations } from './inbox/Inbox.resource';
import { messageOperations } from './message/Message.resource';
import type { LibredeskOperation } from './operation';
import { teamOperations } from './team/Team.resource';

/** resource -> operation -> module. A new operation is one file plus one line in its resource. */
export const operations: Record<string, Record<string, LibredeskOperation>> = {
	agent: agentOperations,
	contact: contactOperations,
	conversation: conversationOperations,
	customAttribute: customAttributeOperations,
	inbox: inboxOperations,
	message: messageOperations,
	team: teamOperations,
};
