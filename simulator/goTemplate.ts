/**
 * The part of Go's text/template that Libredesk agent messages meet: `{{ .A.B }}` fields and
 * string literals such as `{{"{{"}}`. Anything else is a parse failure, and then Libredesk keeps
 * the content verbatim (internal/template/render.go RenderString).
 */
/**
 * Whether Go's parser accepts the content: every `{{` opens an action that closes with `}}` and is
 * a string literal or a `.A.B` field. The send worker renders an email reply a second time and
 * marks it failed when this does not hold.
 */
export function goTemplateParses(content: string): boolean {
	const actions = content.split('{{').slice(1);
	return actions.every((rest) => {
		const end = rest.indexOf('}}');
		if (end < 0) return false;
		const action = rest
			.slice(0, end)
			.replace(/^-?\s*/, '')
			.replace(/\s*-?$/, '');
		return /^"((?:[^"\\]|\\.)*)"$/.test(action) || /^\.[A-Za-z]+\.[A-Za-z]+$/.test(action);
	});
}

export function renderGoTemplate(
	content: string,
	data: Record<string, Record<string, unknown>>,
): string {
	let failed = false;
	const rendered = content.replace(/\{\{-?\s*([\s\S]*?)\s*-?\}\}/g, (_whole, action: string) => {
		const literal = /^"((?:[^"\\]|\\.)*)"$/.exec(action);
		if (literal) return JSON.parse(`"${literal[1]}"`) as string;
		const field = /^\.([A-Za-z]+)\.([A-Za-z]+)$/.exec(action);
		if (field) {
			const scope = data[field[1]];
			if (!scope || !(field[2] in scope)) {
				failed = true;
				return '';
			}
			const value = scope[field[2]];
			return value === undefined || value === null ? '' : String(value);
		}
		failed = true;
		return '';
	});
	return failed ? content : rendered;
}
