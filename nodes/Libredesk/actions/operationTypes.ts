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
 * request: `prepare` reads and validates one item's parameters without any HTTP (read-only lookups
 * such as a reference number aside); `send` performs the requests and returns what becomes the
 * item's output (one object, or one per record).
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
