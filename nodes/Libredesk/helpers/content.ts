/**
 * Libredesk stores message content as HTML and never sanitises it; for agent messages it also
 * renders `{{ ... }}` as a Go template, for an email reply twice (when it stores the message and
 * again when it sends it). Plain text from a form must therefore be escaped and put into
 * paragraphs before it is sent, with every brace as an HTML entity that no template pass touches.
 */
export type ContentFormat = 'html' | 'text';

const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

function escapeHtml(text: string): string {
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

/**
 * Makes braces inert for Go's text/template under any number of passes: `&#123;` shows as `{` in
 * HTML and is no template action. (A template escape like `{{"{{"}}` survives one pass only.)
 */
export function escapeGoTemplate(html: string): string {
	return html.replace(/\{/g, '&#123;');
}

export function toMessageHtml(content: string, format: ContentFormat): string {
	if (format === 'html') return content;
	return escapeGoTemplate(plainTextToHtml(content));
}
