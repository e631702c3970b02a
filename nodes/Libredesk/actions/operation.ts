import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/**
 * Every operation runs in two steps so that the router can check all items before the first
 * request: `prepare` reads and validates one item's parameters without any HTTP; `send` performs
 * the requests and returns what becomes the item's output (one object, or one per record).
 */
export interface LibredeskOperation<TPrepared = unknown> {
	description: INodeProperties[];
	prepare(this: IExecuteFunctions, itemIndex: number): Promise<TPrepared>;
	send(this: IExecuteFunctions, itemIndex: number, prepared: TPrepared): Promise<IDataObject | IDataObject[]>;
}
