/**
 * The transport's public face: the request, paging, file downloads, the credential test and the
 * endpoints several callers share. Nothing outside transport/ imports its other files (eslint).
 */
export { libredeskApiRequest, libredeskTarget } from './request';
export { redact } from './errors';
export {
	answerList,
	answerPage,
	answerRecord,
	answerTexts,
	isRecord,
	libredeskList,
	libredeskPageRows,
	libredeskRecord,
} from './answers';
export type { LibredeskContext } from './request';
export type { LibredeskRequest } from './types';
export { libredeskApiRequestAllItems, MAX_PAGE_SIZE } from './pagination';
export { readDistinctRows } from './distinctRows';
export {
	createTag,
	fetchAttributeDefinitions,
	fetchNamedList,
	postMessage,
	readContact,
	readConversation,
	readMessage,
	searchConversations,
	uploadMedia,
} from './endpoints';
export type {
	AppliesTo,
	AttributeDefinition,
	MediaUpload,
	NamedList,
	NamedRecord,
} from './endpoints';
export { deleteAdminRecord, readAdminRecord, toggleAdminRecord } from './adminRecords';
export { libredeskApiTest } from './credentialTest';
export { downloadFile } from './fileDownload';
export type { DownloadedFile, RedirectTarget } from './fileDownload';
export type { TextFile } from './textFile';
