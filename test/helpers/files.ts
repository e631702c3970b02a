/** Files in the simulator, put there as Libredesk's UI does: uploaded first, then attached. */
import type { Simulator } from '../../simulator/server';
import { SEED_KEYS } from '../../simulator/state';
import { seedConversation } from './seed';

export interface SeedFile {
	name: string;
	type: string;
	data: Buffer;
}

/** Uploads one file (multipart `POST /api/v1/media`) and returns its media ID. */
export async function uploadFile(sim: Simulator, file: SeedFile): Promise<number> {
	const form = new FormData();
	form.append('files', new Blob([file.data], { type: file.type }), file.name);
	const response = await fetch(`${sim.url}/api/v1/media`, {
		method: 'POST',
		headers: { Authorization: `token ${SEED_KEYS.admin.key}:${SEED_KEYS.admin.secret}` },
		body: form,
	});
	return ((await response.json()) as { data: { id: number } }).data.id;
}

/** A new conversation whose first (incoming) message carries the files. */
export async function conversationWithFiles(sim: Simulator, files: SeedFile[]) {
	const attachments: number[] = [];
	for (const file of files) attachments.push(await uploadFile(sim, file));
	const conversation = await seedConversation(sim, { attachments });
	const message = sim.state.messages.find(
		(candidate) => candidate.conversation_id === conversation.id,
	)!;
	return { conversation, message };
}
