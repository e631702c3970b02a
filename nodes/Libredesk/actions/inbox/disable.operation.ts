import { setEnabledOperation } from '../shared/enableRecord';
import { INBOX } from './record';

export const { description, prepare, send } = setEnabledOperation(
	INBOX,
	false,
	'The inbox to disable: it stops receiving and sending. One already disabled stays so (the output says `changed: false`).',
);
