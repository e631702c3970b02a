import { tagsOperation } from './tags';

export const { description, prepare, send } = tagsOperation(
	'remove_tags',
	'Tags to remove; the conversation keeps its other tags',
);
