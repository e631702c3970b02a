import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

export const CREDENTIAL_TYPE = 'libredeskApi';

/** Where Libredesk's API lives below the Base URL; every request's `endpoint` is below it. */
export const API_PREFIX = '/api/v1';

export interface LibredeskCredentials {
	baseUrl: string;
	apiKey: string;
	apiSecret: string;
	allowUnauthorizedCerts?: boolean;
	/** Seconds to wait for an answer (credential field "Timeout"). */
	timeout?: number;
}

/** What an operation asks of the transport; the transport adds URL, auth, TLS and error mapping. */
export interface LibredeskRequest {
	method: IHttpRequestMethods;
	/** Path below `/api/v1`, e.g. `/conversations` (below the Base URL itself with `outsideApi`). */
	endpoint: string;
	/** The path is not below `/api/v1` (file downloads, `/uploads/<uuid>`), so errors name it as sent. */
	outsideApi?: boolean;
	body?: IDataObject | IDataObject[] | FormData;
	qs?: IDataObject;
	/** The item the request is for, so that errors point at it. */
	itemIndex?: number;
	/** The Libredesk permission the endpoint needs, named in the hint of a 403. */
	permission?: string;
	/** Answer `undefined` for a 404 instead of failing (e.g. a record that may be gone already). */
	allowNotFound?: boolean;
	/** The endpoint answers plain JSON, not the `{status, data}` envelope (macro apply): return the status and body. */
	plainJson?: boolean;
	/** Texts besides the credential's that no error may repeat, e.g. a webhook's signing secret sent in the body. */
	secrets?: string[];
	/** The endpoint answers a text file, not JSON (transcript): return its text and file name. */
	plainText?: boolean;
	/** Operation-specific hints by HTTP status, used instead of the generic ones. */
	hints?: Partial<Record<number, string>>;
	/**
	 * For a write: what it may have done when its answer is lost (timeout, cut connection, 5xx)
	 * and how to look for it, e.g. "The conversation may have been created: …".
	 */
	creates?: string;
}

/** Libredesk's error envelope (fastglue): `{status:"error", message, data, error_type}`. */
export interface LibredeskErrorBody {
	status?: string;
	message?: string;
	error_type?: string;
	data?: unknown;
}
