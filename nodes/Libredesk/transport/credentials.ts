import type { ICredentialsDecrypted } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from './types';
import type { LibredeskCredentials } from './types';
import type { LibredeskContext } from './request';

const read = new WeakMap<object, Promise<ICredentialsDecrypted>>();

/**
 * The credential, read and decrypted by n8n once per execution of the node (per context) rather
 * than per request. The transport hands it to `httpRequestWithAuthentication` as
 * `credentialsDecrypted`, so n8n does not read and decrypt it again for each request either; n8n
 * still applies the credential's `authenticate` block to every request. What that skips is in
 * docs/performance.md: n8n's credential read per request, i.e. its policy check and dynamic
 * resolution, happen once per execution instead.
 */
export async function libredeskCredentials(this: LibredeskContext): Promise<ICredentialsDecrypted> {
	let credentials = read.get(this);
	if (!credentials) {
		const reference = this.getNode().credentials?.[CREDENTIAL_TYPE];
		credentials = this.getCredentials(CREDENTIAL_TYPE).then((data) => ({
			id: reference?.id ?? '',
			name: reference?.name ?? '',
			type: CREDENTIAL_TYPE,
			data,
		}));
		// A failed read is not kept: the next request asks n8n again.
		credentials.catch(() => read.delete(this));
		read.set(this, credentials);
	}
	return await credentials;
}

/** The texts no error may repeat: the secret, the key and the Basic auth token made of both. */
export function credentialSecrets(credentials: Partial<LibredeskCredentials>): string[] {
	return [
		credentials.apiSecret,
		credentials.apiKey,
		Buffer.from(`${credentials.apiKey}:${credentials.apiSecret}`).toString('base64'),
	].filter((text): text is string => typeof text === 'string');
}
