import { escapeGoTemplate, plainTextToHtml, toMessageHtml } from '../../../../nodes/Libredesk/helpers/content';

describe('content helpers', () => {
	it('escapes HTML and makes paragraphs and line breaks', () => {
		expect(plainTextToHtml('a < b & "c"\r\nnext\n\n\n  second  ')).toBe('<p>a &lt; b &amp; &quot;c&quot;<br>next</p><p>second</p>');
	});

	it('makes Go template braces literal', () => {
		expect(escapeGoTemplate('{{ .X }} and {{{')).toBe('{{"{{"}} .X }} and {{"{{"}}{');
	});

	it('leaves HTML alone and escapes templates only where Libredesk renders them', () => {
		expect(toMessageHtml('<b>{{ .X }}</b>', 'html', true)).toBe('<b>{{ .X }}</b>');
		expect(toMessageHtml('{{x}}', 'text', false)).toBe('<p>{{x}}</p>');
		expect(toMessageHtml('{{x}}', 'text', true)).toBe('<p>{{"{{"}}x}}</p>');
	});
});
