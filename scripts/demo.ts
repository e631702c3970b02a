/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- a development script: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * `npm run demo`: the package's main job, end to end. Installs the built package into a private
 * real n8n, runs examples/create-conversations-manual.json headless, and prints the conversations
 * Libredesk created.
 */
import { rmSync } from 'fs';

import { N8nInstance } from './lib/instance';
import { ensureRuntime, packPackage } from './lib/runtime';
import { chooseTarget } from './lib/target';
import { libredeskCredential, loadExample, variant } from './lib/workflows';

const say = (line = '') => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
	const target = await chooseTarget();
	say(`Libredesk: ${target.description}`);
	const runtime = ensureRuntime((line) => say(line));
	say(
		`n8n ${runtime.version}: installing the packed n8n-nodes-libredesk as a community package ...`,
	);
	const n8n = new N8nInstance(runtime, packPackage());
	try {
		const workflow = variant(loadExample('manual'), 'ldManualCreate01', 'Create conversation', {
			inboxId: { __rl: true, mode: 'id', value: target.inboxId },
		});
		await n8n.importCredentials([libredeskCredential(target)]);
		await n8n.importWorkflow(workflow);
		say(`Running the workflow "${workflow.name}" (n8n execute) ...`);
		const result = await n8n.execute(workflow.id);
		const run = result.run;
		if (!run || run.status !== 'success') {
			const error = run?.data.resultData.error;
			say(`\nThe workflow failed: ${error?.message ?? 'no run data'}`);
			if (error?.description) say(`Hint: ${error.description}`);
			if (!run) say(result.stdout + result.stderr);
			return 1;
		}
		const conversations =
			run.data.resultData.runData['Create conversation'][0].data?.main[0].map(
				(item) => item.json,
			) ?? [];
		say(`\nCreated ${conversations.length} conversation(s) in Libredesk:\n`);
		for (const conversation of conversations) {
			const contact = conversation.contact as {
				first_name?: string;
				last_name?: string;
				email?: string;
			} | null;
			say(`  #${String(conversation.reference_number)}  ${String(conversation.subject)}`);
			say(
				`        contact: ${[contact?.first_name, contact?.last_name].filter(Boolean).join(' ')} <${contact?.email ?? ''}>`,
			);
			say(
				`        inbox: ${String(conversation.inbox_name)}   status: ${String(conversation.status)}   uuid: ${String(conversation.uuid)}`,
			);
		}
		const first = conversations[0];
		const fields = Object.keys(first);
		say(`\nEach item is the conversation as Libredesk returned it (${fields.length} fields), e.g.`);
		say(
			`  {{ $json.uuid }} = ${String(first.uuid)}, {{ $json.reference_number }} = ${String(first.reference_number)},`,
		);
		say(
			`  {{ $json.contact.email }} = ${String((first.contact as { email?: string } | null)?.email)}; fields: ${fields.join(', ')}`,
		);
		return 0;
	} finally {
		await target.sim?.close();
		rmSync(n8n.userFolder, { recursive: true, force: true });
	}
}

main().then(
	(code) => process.exit(code),
	(error: Error) => {
		process.stderr.write(`demo failed: ${error.message}\n`);
		process.exit(1);
	},
);
