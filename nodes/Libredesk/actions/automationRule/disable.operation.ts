import { setEnabledOperation } from '../shared/enableRecord';
import { AUTOMATION_RULE } from './record';

export const { description, prepare, send } = setEnabledOperation(
	AUTOMATION_RULE,
	false,
	'The rule to disable. A rule that is already disabled stays so (the output says `changed: false`).',
);
