/** The transport's public face: the request, paging, file downloads and the shared endpoints. */
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
export { libredeskApiRequestAllItems, MAX_PAGE_SIZE, pageSizeFor } from './pagination';
export {
	fetchNamedList,
	postMessage,
	readContact,
	readConversation,
	readMessage,
	uploadMedia,
} from './endpoints';
export type { MediaUpload, NamedList, NamedRecord } from './endpoints';
export { downloadFile } from './fileDownload';
export type { DownloadedFile, RedirectTarget } from './fileDownload';
export type { TextFile } from './textFile';
