import { credentialsFor } from '../../../../helpers/fixtures';
import { useHostile } from '../../../../helpers/hostile';
import { libredeskNode, runNode } from '../../../../helpers/n8n';
import { byUuid, useResourceRig } from '../../../../helpers/resourceRig';
import { seedConversation, simCall } from '../../../../helpers/seed';

const { ctx, run } = useResourceRig('conversation', { operation: 'getTranscript' });

async function conversationWithNote() {
	const conversation = await seedConversation(ctx.sim, {
		first_name: 'Tess',
		last_name: 'Script',
		content: '<p>My parcel is late</p>',
		subject: 'Parcel',
	});
	await simCall(ctx.sim, 'POST', `/conversations/${conversation.uuid}/messages`, {
		message: 'Internal: check the courier',
		private: true,
		sender_type: 'agent',
	});
	ctx.sim.clearRequests();
	return conversation;
}

describe('Conversation → Get Transcript', () => {
	it("outputs Libredesk's transcript text and file name, without private notes", async () => {
		const { uuid, reference_number: ref } = await conversationWithNote();
		const [item] = await run({ conversationId: byUuid(uuid) });
		expect(item.binary).toBeUndefined();
		expect(item.json).toEqual({
			conversation_uuid: uuid,
			file_name: `transcript-${ref}.txt`,
			transcript: expect.any(String),
		});
		const text = String(item.json.transcript);
		expect(text).toMatch(
			new RegExp(`^Conversation #${ref}\\nSubject: Parcel - #${ref}\\nContact: Tess Script\\n`),
		);
		expect(text).toMatch(/\] Tess Script \(Contact\):\nMy parcel is late\n/);
		expect(text).not.toMatch(/courier/);
		expect(ctx.sim.requests.map((request) => request.path)).toEqual([
			`/api/v1/conversations/${uuid}/transcript`,
		]);
	});

	it('also puts the text into a binary property as a text file, and finds a reference number', async () => {
		const { reference_number: ref } = await conversationWithNote();
		const [item] = await run({
			conversationId: { __rl: true, mode: 'reference', value: `#${ref}` },
			asFile: true,
			binaryPropertyName: 'transcript',
		});
		const file = item.binary?.transcript;
		expect(file).toMatchObject({ fileName: `transcript-${ref}.txt`, mimeType: 'text/plain' });
		expect(Buffer.from(file!.data, 'base64').toString('utf8')).toBe(item.json.transcript);
	});

	it('checks the output field and the conversation before any request', async () => {
		await expect(run({ conversationId: byUuid('not-a-uuid'), asFile: false })).rejects.toThrow(
			/"Conversation" of item 0 is not a conversation UUID/,
		);
		await expect(
			run({
				conversationId: byUuid('5b0c8e8e-3f2a-4c1d-9e8f-0a1b2c3d4e5f'),
				asFile: true,
				binaryPropertyName: 'my file',
			}),
		).rejects.toThrow(/"Put Output File in Field" of item 0 is "my file"/);
		expect(ctx.sim.requests).toHaveLength(0);
	});

	it("keeps Libredesk's 404, and refuses an answer that is not a text file", async () => {
		await expect(
			run({ conversationId: byUuid('5b0c8e8e-3f2a-4c1d-9e8f-0a1b2c3d4e5f') }),
		).rejects.toThrow('Libredesk: Conversation not found (HTTP 404, NotFoundException)');
		const { uuid } = await conversationWithNote();
		ctx.sim.injectFault({
			kind: 'status',
			status: 200,
			body: '<html>Sign in</html>',
			match: /transcript$/,
		});
		await expect(run({ conversationId: byUuid(uuid) })).rejects.toThrow(
			/answered GET \/api\/v1\/conversations\/.*\/transcript with something other than a Libredesk API response/,
		);
	});
});

describe("Get Transcript's file name from a server that names it badly", () => {
	const hostile = useHostile();
	const UUID = '5b0c8e8e-3f2a-4c1d-9e8f-0a1b2c3d4e5f';
	const named = async (disposition: string) => {
		hostile.server.handle((_request, response) => {
			response.writeHead(200, {
				'Content-Type': 'text/plain; charset=utf-8',
				'Content-Disposition': disposition,
			});
			response.end('Conversation #123');
		});
		const [item] = await runNode(
			libredeskNode({
				resource: 'conversation',
				operation: 'getTranscript',
				conversationId: byUuid(UUID),
				asFile: true,
			}),
			[{ json: {} }],
			credentialsFor(ctx.sim, { baseUrl: hostile.server.url }),
		);
		// The JSON and the binary carry the same cleaned name: a Write File node may use either.
		expect(item.binary?.data.fileName).toBe(item.json.file_name);
		return item.json.file_name;
	};

	it.each([
		['a parent directory', 'attachment; filename=".."', `transcript-${UUID}.txt`],
		['a path', 'attachment; filename="..\\..\\win.ini"', 'win.ini'],
		['a Windows device name', 'attachment; filename="CON.txt"', '_CON.txt'],
		['characters Windows refuses', 'attachment; filename="a<b>:c?.txt"', 'a_b__c_.txt'],
		['a C1 control character', 'attachment; filename="bad\u0085name.txt"', 'badname.txt'],
		['trailing dots', 'attachment; filename="notes.txt..."', 'notes.txt'],
		['over 255 bytes', `attachment; filename="${'t'.repeat(300)}.txt"`, `${'t'.repeat(251)}.txt`],
	])('%s is cleaned as attachment names are', async (_case, disposition, expected) => {
		expect(await named(disposition)).toBe(expected);
	});
});
