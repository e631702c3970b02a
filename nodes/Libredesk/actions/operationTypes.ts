import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

/** An output item that carries files (e.g. downloaded attachments) besides its JSON. */
export class OutputWithBinary {
	constructor(
		readonly json: IDataObject,
		readonly binary: IBinaryKeyData,
	) {}
}

export type OperationOutput = IDataObject | OutputWithBinary;

/**
 * Every operation runs in two steps so that the router can check all items before the first
 * write: `prepare` reads and validates one item's parameters. Every check that can refuse an item
 * runs there, with read-only look-ups where it needs Libredesk's data (a reference number, a
 * macro, a message; lists cached per execution), and with the values earlier items of the run
 * claimed (helpers/runClaims.ts: two new tags with one name). `send` performs the writes and
 * returns what becomes the item's output (one object, or one per record); it refuses nothing
 * that `prepare` could have known.
 */
export interface LibredeskOperation<TPrepared = unknown> {
	description: INodeProperties[];
	prepare(this: IExecuteFunctions, itemIndex: number): Promise<TPrepared>;
	send(
		this: IExecuteFunctions,
		itemIndex: number,
		prepared: TPrepared,
	): Promise<OperationOutput | OperationOutput[]>;
}

/**
 * The operation values a resource's Operation field offers, from its options written `as const`:
 * typing a resource's operations as `Record<OperationValue<typeof options>, LibredeskOperation>` lets
 * the compiler find an offered operation that is not routed, or a routed one that is not offered.
 */
export type OperationValue<TOptions extends readonly INodePropertyOptions[]> = Extract<
	TOptions[number]['value'],
	string
>;
