/**
 * The one file-name policy of every binary the node outputs (attachments, transcripts). Names and
 * types come from whoever sent the email, or from a server's Content-Disposition, so they are
 * cleaned before n8n keeps them: a later node may write the file to disk under its name, or serve
 * it with its type.
 */

/** Libredesk's name when a sender gave none usable. */
const FALLBACK_FILE_NAME = 'attachment';

/** Most file systems allow 255 bytes per name. */
const MAX_NAME_BYTES = 255;

/**
 * Control characters (C0, DEL, C1: `\p{Cc}`, written as a property so no control character sits
 * in the pattern) and the bidirectional controls that make `exe.pdf` look like `fdp.exe`.
 */
const INVISIBLE = /[\p{Cc}\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** Characters Windows does not allow in a name. */
const NOT_ON_WINDOWS = /[<>:"|?*]/g;

/** Names Windows keeps for devices, with or without an extension. */
const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

/** Cuts `text` to at most `bytes` UTF-8 bytes without splitting a character. */
function cutToBytes(text: string, bytes: number): string {
	let kept = '';
	for (const character of text) {
		if (byteLength(kept + character) > bytes) break;
		kept += character;
	}
	return kept;
}

/**
 * A base name safe on any OS: the last part after either kind of separator, without control or
 * bidirectional characters, without characters Windows refuses, at most 255 bytes (the extension
 * kept), never empty, `.` or `..` (then `fallback`).
 */
export function safeFileName(raw: unknown, fallback = FALLBACK_FILE_NAME): string {
	const text = typeof raw === 'string' ? raw.normalize('NFC') : '';
	const base = (text.split(/[/\\]/).pop() ?? '')
		.replace(INVISIBLE, '')
		.replace(NOT_ON_WINDOWS, '_')
		.trim()
		// Windows drops trailing dots and spaces, which would change the name on disk.
		.replace(/[. ]+$/, '');
	if (base === '' || /^\.*$/.test(base)) return fallback;
	const named = DEVICE_NAME.test(base) ? `_${base}` : base;
	if (byteLength(named) <= MAX_NAME_BYTES) return named;
	const dot = named.lastIndexOf('.');
	const extension = dot > 0 && named.length - dot <= 16 ? named.slice(dot) : '';
	const stem = named.slice(0, named.length - extension.length);
	return cutToBytes(stem, MAX_NAME_BYTES - byteLength(extension)).trimEnd() + extension;
}

/** `type/subtype` in lower case, parameters dropped, or undefined for anything else (e.g. a header with CR LF in it). */
export function cleanMimeType(raw: unknown): string | undefined {
	if (typeof raw !== 'string') return undefined;
	const essence = raw.split(';')[0].trim().toLowerCase();
	return /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/.test(essence)
		? essence
		: undefined;
}
