import { blockOperation } from './block';

export const { description, prepare, send } = blockOperation('unblock');
