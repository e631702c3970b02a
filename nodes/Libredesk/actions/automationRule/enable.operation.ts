import { setEnabledOperation } from '../shared/enableRecord';
import { AUTOMATION_RULE } from './record';

export const { description, prepare, send } = setEnabledOperation(
	AUTOMATION_RULE,
	true,
	'The rule to enable. A rule that is already enabled stays so (the output says `changed: false`).',
);
