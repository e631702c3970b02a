/**
 * Lints source texts with the project's eslint.config.mjs (n8n's own config, the one `n8n-node lint`
 * runs) and prints ESLint's results as JSON. Reads `[{ filePath, text }]` from stdin; each text is
 * linted as if it were the file at `filePath`. Run as a child process by
 * test/nodes/descriptionRules.test.ts, because n8n's community-nodes plugin is an ES module that
 * jest's module system cannot load.
 */
import { ESLint } from 'eslint';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const sources = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const { filePath, text } of sources) {
	for (const result of await eslint.lintText(text, { filePath })) {
		results.push({
			filePath,
			messages: result.messages.map(({ ruleId, severity, message, line }) => ({
				ruleId,
				severity,
				message,
				line,
				source: text.split('\n')[line - 1]?.trim(),
			})),
		});
	}
}
process.stdout.write(JSON.stringify(results));
