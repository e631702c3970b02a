import { tagsOperation } from './tags';

export const { description, prepare, send } = tagsOperation(
	'add_tags',
	'Tags to add; the conversation keeps its other tags',
);
