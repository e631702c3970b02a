import { setEnabledOperation } from '../shared/enableRecord';
import { INBOX } from './record';

export const { description, prepare, send } = setEnabledOperation(
	INBOX,
	true,
	'The inbox to enable. An inbox that is already enabled stays so (the output says `changed: false`).',
);
