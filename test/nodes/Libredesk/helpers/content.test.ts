import {
	escapeGoTemplate,
	plainTextToHtml,
	toMessageHtml,
} from '../../../../nodes/Libredesk/helpers/content';

describe('content helpers', () => {
	it('escapes HTML and makes paragraphs and line breaks', () => {
		expect(plainTextToHtml('a < b & "c"\r\nnext\n\n\n  second  ')).toBe(
			'<p>a &lt; b &amp; &quot;c&quot;<br>next</p><p>second</p>',
		);
	});

	it('turns every brace into an HTML entity, which no template pass touches', () => {
		expect(escapeGoTemplate('{{ .X }} and {{{')).toBe('&#123;&#123; .X }} and &#123;&#123;&#123;');
	});

	it('leaves HTML alone and makes plain text inert', () => {
		expect(toMessageHtml('<b>{{ .X }}</b>', 'html')).toBe('<b>{{ .X }}</b>');
		expect(toMessageHtml('{{x}}', 'text')).toBe('<p>&#123;&#123;x}}</p>');
	});
});
