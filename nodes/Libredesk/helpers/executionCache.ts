/**
 * Values read once per execution, kept on the execution's context (a WeakMap, so they go with
 * it): however many items ask, Libredesk is asked once. A failed read is not kept: the error
 * belongs to the item that asked, and the next item asks again.
 */
export class ExecutionCache<K, V> {
	private readonly byContext = new WeakMap<object, Map<K, Promise<V>>>();

	async get(context: object, key: K, load: () => Promise<V>): Promise<V> {
		let values = this.byContext.get(context);
		if (!values) this.byContext.set(context, (values = new Map()));
		let value = values.get(key);
		if (!value) {
			value = load();
			values.set(key, value);
			value.catch(() => values?.delete(key));
		}
		return await value;
	}

	/** Drops a kept value, e.g. after the node added a record to that list. */
	forget(context: object, key: K): void {
		this.byContext.get(context)?.delete(key);
	}
}
