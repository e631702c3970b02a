/**
 * n8n's REST API returns execution data in the `flatted` format (a JSON array whose first entry
 * is the root and whose string values are indexes into the array). Enough of it to read run data.
 */
export function unflatten(text: string): unknown {
	const input = JSON.parse(text) as unknown[];
	const revived = new Set<object>();
	const revive = (value: unknown): unknown => {
		if (!value || typeof value !== 'object' || revived.has(value)) return value;
		revived.add(value);
		const record = value as Record<string, unknown>;
		for (const key of Object.keys(record)) {
			if (typeof record[key] === 'string') record[key] = revive(input[Number(record[key])]);
		}
		return value;
	};
	return revive(input[0]);
}
