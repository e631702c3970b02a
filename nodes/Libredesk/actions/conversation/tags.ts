/**
 * Add, remove and set tags share one shape: Libredesk's `POST /conversations/{uuid}/tags` with
 * an action. Libredesk silently ignores tag names it does not know, so the node checks them first.
 */
import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { createTag, libredeskApiRequest, readConversation } from '../../transport';
import { conversationUuid } from '../../helpers/recordIds';
import { forgetList, unknownNames } from '../../helpers/knownNames';
import { InputChecker } from '../../helpers/validation';
import type { LibredeskOperation } from '../operationTypes';
import { conversationLocator } from '../shared/descriptions';
import { readAfterChange } from '../shared/readBack';

type TagAction = 'add_tags' | 'remove_tags' | 'set_tags';

export interface TagRequest {
	uuid: string;
	/** Known tags only: unknown ones were refused or, with Skip Unknown Tags, left out. */
	tags: string[];
	/** Tags to create first (Create Missing Tags): unknown when the item was prepared. */
	create: string[];
}

/** Creates tags one by one; a failure says which were created already (they stay). */
async function createTags(
	this: IExecuteFunctions,
	itemIndex: number,
	names: string[],
): Promise<void> {
	const created: string[] = [];
	for (const name of names) {
		try {
			await createTag.call(this, name, itemIndex, {
				hints: {
					409: `A tag named "${name}" was created meanwhile; run the item again to use it.`,
				},
			});
		} catch (error) {
			const failure =
				error instanceof NodeApiError
					? error
					: new NodeApiError(this.getNode(), { message: String(error) }, { itemIndex });
			if (created.length)
				failure.description =
					`${failure.description ?? ''} Tags created before the failure (they stay in Libredesk): ${created.join(', ')}.`.trim();
			throw failure;
		}
		created.push(name);
	}
}

export function tagsOperation(
	action: TagAction,
	tagsDescription: string,
): LibredeskOperation<TagRequest> {
	return {
		description: [
			conversationLocator(),
			{
				displayName: 'Tag Names or IDs',
				name: 'tags',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getTags' },
				default: [],
				...(action === 'set_tags' ? {} : { required: true }),
				// `tagsDescription` is one sentence without its period.
				description: `${tagsDescription}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
			},
			{
				displayName: 'Skip Unknown Tags',
				name: 'skipUnknownTags',
				type: 'boolean',
				default: false,
				description:
					'Whether to leave out tag names Libredesk does not have instead of stopping with an error. Libredesk does not create tags on the fly.',
				displayOptions: {
					show: action !== 'remove_tags' ? { createMissingTags: [false] } : {},
				},
			},
			...(action === 'remove_tags'
				? []
				: [
						{
							displayName: 'Create Missing Tags',
							name: 'createMissingTags',
							type: 'boolean' as const,
							default: false,
							description:
								'Whether to create tags Libredesk does not have yet before using them. Needs the permission tags:manage.',
						},
					]),
		],
		async prepare(this: IExecuteFunctions, itemIndex: number): Promise<TagRequest> {
			const check = new InputChecker(this.getNode(), itemIndex);
			const tags = check.nameList('Tag Names or IDs', this.getNodeParameter('tags', itemIndex, []));
			if (!tags.length && action !== 'set_tags')
				throw check.fail('Tag Names or IDs', 'is empty', 'Pick at least one tag.');
			const uuid = await conversationUuid.call(this, check, itemIndex);
			const createMissing =
				action !== 'remove_tags' &&
				(this.getNodeParameter('createMissingTags', itemIndex, false) as boolean);
			const skipUnknown =
				!createMissing && (this.getNodeParameter('skipUnknownTags', itemIndex, false) as boolean);
			const { unknown, known } = await unknownNames.call(this, '/tags', tags, itemIndex);
			if (createMissing) return { uuid, tags, create: unknown };
			if (unknown.length && !skipUnknown) {
				throw check.fail(
					'Tag Names or IDs',
					`names tags Libredesk does not have: ${unknown.join(', ')}`,
					`Create them in Libredesk (Admin → Tags) or turn on "Skip Unknown Tags". Existing tags: ${known.join(', ') || 'none'}.`,
				);
			}
			return { uuid, tags: tags.filter((tag) => !unknown.includes(tag)), create: [] };
		},
		async send(
			this: IExecuteFunctions,
			itemIndex: number,
			request: TagRequest,
		): Promise<IDataObject> {
			const tags = request.tags;
			if (request.create.length) {
				// An earlier item of this run may have created some already: ask Libredesk again.
				forgetList(this, '/tags');
				const { unknown } = await unknownNames.call(this, '/tags', request.create, itemIndex);
				await createTags.call(this, itemIndex, unknown);
				forgetList(this, '/tags');
			}
			// Nothing left to add or remove: Libredesk would do nothing, so neither does the node.
			if (tags.length || action === 'set_tags') {
				await libredeskApiRequest.call(this, {
					method: 'POST',
					endpoint: `/conversations/${request.uuid}/tags`,
					body: { tags, action },
					itemIndex,
					permission: 'conversations:update_tags',
				});
			}
			return await readAfterChange.call(
				this,
				`Libredesk changed the tags of conversation ${request.uuid}`,
				() => readConversation.call(this, request.uuid, itemIndex),
			);
		},
	};
}
