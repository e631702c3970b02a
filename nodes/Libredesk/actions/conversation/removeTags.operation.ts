import { tagsOperation } from './tags';

export const { description, prepare, send } = tagsOperation(
	'removeTags',
	'remove_tags',
	'Tags to remove; the conversation keeps its other tags',
);
