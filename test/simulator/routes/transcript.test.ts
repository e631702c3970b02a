import { transcriptTime } from '../../../simulator/routes/transcript';
import { call } from '../../helpers/rawCall';
import { useSimulator } from '../../helpers/fixtures';
import { uploadFile } from '../../helpers/files';
import { seedConversation, simCall } from '../../helpers/seed';

const ctx = useSimulator();

describe('transcript', () => {
	it('writes times as Go\'s "Jan 02, 2006 03:04 PM MST" in UTC', () => {
		expect(transcriptTime('2026-01-05T00:07:00Z')).toBe('Jan 05, 2026 12:07 AM UTC');
		expect(transcriptTime('2026-12-31T13:59:00Z')).toBe('Dec 31, 2026 01:59 PM UTC');
	});

	it('lists customer-visible messages oldest first, with attachment names, and no notes', async () => {
		const file = await uploadFile(ctx.sim, {
			name: 'a.txt',
			type: 'text/plain',
			data: Buffer.from('a'),
		});
		const { uuid, reference_number: ref } = await seedConversation(ctx.sim, {
			first_name: 'Ann',
			last_name: 'Lee',
			content: '<p>Hi</p>',
			attachments: [file],
		});
		await simCall(ctx.sim, 'POST', `/conversations/${uuid}/messages`, {
			message: 'hidden',
			private: true,
			sender_type: 'agent',
		});
		const answer = await call(ctx.sim, 'GET', `/api/v1/conversations/${uuid}/transcript`);
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-disposition')).toBe(
			`attachment; filename="transcript-${ref}.txt"`,
		);
		expect(answer.text).toMatch(
			new RegExp(
				`^Conversation #${ref}\\nSubject: Seeded - #${ref}\\nContact: Ann Lee\\n[^]*\\n-{60}\\n\\n\\[[^\\]]+\\] Ann Lee \\(Contact\\):\\nHi\\nAttachment: a.txt\\n$`,
			),
		);
	});
});
