import { tagsOperation } from './tags';

export const { description, prepare, send } = tagsOperation(
	'set_tags',
	'The complete set of tags: tags not listed are removed (an empty list removes all)',
);
