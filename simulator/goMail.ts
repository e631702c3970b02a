/**
 * stringutil.ValidEmail: Go's net/mail.ParseAddress must accept the text and return it unchanged as
 * the bare address. So: a dot-atom local part (visible ASCII except ()<>[]:;@\," and any non-ASCII
 * character), and a dot-atom domain (`_` and UTF-8 allowed, one label is enough) or an IPv4 literal.
 */
const ATEXT = '[^\\x00-\\x20\\x7f()<>\\[\\]:;@\\\\,".]';
const DOT_ATOM = `${ATEXT}+(?:\\.${ATEXT}+)*`;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const ADDRESS = new RegExp(`^${DOT_ATOM}@(?:${DOT_ATOM}|\\[${OCTET}(?:\\.${OCTET}){3}\\])$`, 'u');

export function isGoMailAddress(email: string): boolean {
	return ADDRESS.test(email);
}
