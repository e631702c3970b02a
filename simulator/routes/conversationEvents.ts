/**
 * The conversation.* webhook events and the tag change that fires one, shared by the update,
 * create, macro and contact-message routes so that every path sends the same shape.
 */
import type { RouteContext } from '../route';
import { conversationJson } from '../serialize';
import type { Conversation, JsonObject } from '../state';
import { addActivity } from './conversationRecords';

/** Fires `{conversation_uuid, ...details, actor_id, conversation}`: every conversation.* event. */
export function fireConversationEvent(
	ctx: Pick<RouteContext, 'state' | 'webhooks'>,
	event: string,
	conversation: Conversation,
	actorId: number,
	details: JsonObject = {},
): void {
	ctx.webhooks.fire(event, {
		conversation_uuid: conversation.uuid,
		...details,
		actor_id: actorId,
		conversation: conversationJson(ctx.state, conversation),
	});
}

export type TagAction = 'add_tags' | 'remove_tags' | 'set_tags';

/**
 * Adds, removes or sets tags matched by name against existing ones (unknown names are silently
 * ignored), records tag_added/tag_removed activity and fires conversation.tags_changed.
 */
export function changeTags(
	ctx: RouteContext,
	conversation: Conversation,
	action: TagAction,
	names: string[],
): void {
	const previous = [...conversation.tags];
	const known = names.filter((name) => ctx.state.tags.some((tag) => tag.name === name));
	if (action === 'set_tags') conversation.tags = [...new Set(known)];
	if (action === 'add_tags') conversation.tags = [...new Set([...conversation.tags, ...known])];
	if (action === 'remove_tags')
		conversation.tags = conversation.tags.filter((tag) => !known.includes(tag));
	for (const tag of conversation.tags.filter((name) => !previous.includes(name)))
		addActivity(ctx, conversation.id, 'tag_added', tag);
	for (const tag of previous.filter((name) => !conversation.tags.includes(name)))
		addActivity(ctx, conversation.id, 'tag_removed', tag);
	fireConversationEvent(ctx, 'conversation.tags_changed', conversation, ctx.user.id, {
		previous_tags: previous,
		new_tags: [...conversation.tags],
	});
}
