/**
 * Libredesk stores message content as HTML and never sanitises it; for agent messages it also
 * renders `{{ ... }}` as a Go template. Plain text from a form must therefore be escaped and put
 * into paragraphs before it is sent.
 */
export type ContentFormat = 'html' | 'text';

const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/** Blank lines separate paragraphs; single line breaks become `<br>`. */
export function plainTextToHtml(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.trim())
		.filter((paragraph) => paragraph !== '')
		.map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
		.join('');
}

/** Makes `{{` literal for Go's text/template: `{{"{{"}}` prints two braces. */
export function escapeGoTemplate(text: string): string {
	return text.replace(/\{\{/g, '{{"{{"}}');
}

export function toMessageHtml(content: string, format: ContentFormat, rendersTemplates: boolean): string {
	if (format === 'html') return content;
	const html = plainTextToHtml(content);
	return rendersTemplates ? escapeGoTemplate(html) : html;
}
