import { cleanMimeType, safeFileName } from '../../../../nodes/Libredesk/helpers/fileNames';

describe('safeFileName', () => {
	it.each([
		['..\\..\\win.ini', 'win.ini'],
		['C:\\Users\\x\\a.pdf', 'a.pdf'],
		['C:a.pdf', 'C_a.pdf'],
		['../../etc/passwd', 'passwd'],
		['dir/', 'attachment'],
		['..', 'attachment'],
		['.', 'attachment'],
		['   ', 'attachment'],
		['\u0000\u0007', 'attachment'],
		['report.pdf. . ', 'report.pdf'],
		['a\r\nb\u001b.txt', 'ab.txt'],
		['invoice\u202Efdp.exe', 'invoicefdp.exe'],
		['\u2067x\u2069.pdf', 'x.pdf'],
		['what?<now>|"*.txt', 'what__now____.txt'],
		['CON', '_CON'],
		['nul.txt', '_nul.txt'],
		['Invoice März.pdf', 'Invoice März.pdf'],
		[undefined, 'attachment'],
		[42, 'attachment'],
	])('%j becomes %j', (raw, safe) => {
		expect(safeFileName(raw)).toBe(safe);
	});

	it('keeps at most 255 bytes, the extension and whole characters', () => {
		const long = safeFileName(`${'a'.repeat(5000)}.pdf`);
		expect(long).toBe(`${'a'.repeat(251)}.pdf`);
		const wide = safeFileName(`${'ü'.repeat(300)}.txt`);
		expect(Buffer.byteLength(wide)).toBeLessThanOrEqual(255);
		expect(wide).toMatch(/^ü+\.txt$/);
		expect(Buffer.byteLength(safeFileName('😀'.repeat(100)))).toBeLessThanOrEqual(255);
		expect(safeFileName('😀'.repeat(100))).toMatch(/^(😀)+$/u);
	});
});

describe('safeFileName with a fallback of its own', () => {
	it('gives the fallback (e.g. a transcript name) where nothing usable is left', () => {
		for (const raw of ['..', '', '/', undefined, '\u0085'])
			expect(safeFileName(raw, 'transcript-7.txt')).toBe('transcript-7.txt');
		expect(safeFileName('CON.txt', 'transcript-7.txt')).toBe('_CON.txt');
	});
});

describe('cleanMimeType', () => {
	it('keeps type/subtype in lower case and drops parameters', () => {
		expect(cleanMimeType('Application/PDF')).toBe('application/pdf');
		expect(cleanMimeType('text/plain; charset=utf-8')).toBe('text/plain');
		expect(
			cleanMimeType('application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
		).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
	});

	it('refuses anything that is not a MIME type', () => {
		for (const raw of ['text/plain\r\nX-Injected: 1', 'text', '', '/x', 'a/b/c', 'a b/c', null, 7])
			expect(cleanMimeType(raw)).toBeUndefined();
	});
});
