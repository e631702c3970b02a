/** A node with nothing set, for unit tests of code that only names the node in its errors. */
import type { INode } from 'n8n-workflow';

import { InputChecker } from '../../nodes/Libredesk/helpers/validation';

export const bareNode: INode = {
	id: '1',
	name: 'Libredesk',
	type: 't',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/** The checker of one item, as an operation's prepare makes it. */
export const checkerFor = (itemIndex: number) => new InputChecker(bareNode, itemIndex);
