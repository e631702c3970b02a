/**
 * The part of Go's text/template that Libredesk agent messages meet: `{{ .A.B }}` fields and
 * string literals such as `{{"{{"}}`. Anything else is a parse failure, and then Libredesk keeps
 * the content verbatim (internal/template/render.go RenderString).
 */
export function renderGoTemplate(content: string, data: Record<string, Record<string, unknown>>): string {
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
