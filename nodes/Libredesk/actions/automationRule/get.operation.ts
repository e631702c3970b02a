import { getRecordOperation } from '../shared/adminRecord';
import { AUTOMATION_RULE } from './record';

export const { description, prepare, send } = getRecordOperation(
	AUTOMATION_RULE,
	AUTOMATION_RULE.missingHints,
);
