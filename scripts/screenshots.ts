/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- a development script: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * `npm run screenshots`: regenerates docs/images/*.png from the real n8n editor with the package
 * loaded, using Debian's Chromium (apt-get install chromium) driven by playwright-core.
 */
import { rmSync } from 'fs';
import { join } from 'path';

import { launchChromium } from './lib/chromium';
import { N8nInstance } from './lib/instance';
import { REPO_ROOT, ensureRuntime, packPackage } from './lib/runtime';
import { chooseTarget } from './lib/target';
import { EXAMPLES, libredeskCredential, loadExample } from './lib/workflows';

const IMAGES = join(REPO_ROOT, 'docs', 'images');

async function main(): Promise<void> {
	const target = await chooseTarget();
	const n8n = new N8nInstance(ensureRuntime(), packPackage());
	const browser = await launchChromium();
	try {
		await n8n.importCredentials([libredeskCredential(target)]);
		for (const name of Object.keys(EXAMPLES) as Array<keyof typeof EXAMPLES>)
			await n8n.importWorkflow(loadExample(name));
		await n8n.start();
		await n8n.setupOwner();

		const context = await browser.newContext({
			viewport: { width: 1400, height: 820 },
			deviceScaleFactor: 1,
		});
		const [name, value] = n8n.authCookie.split('=');
		await context.addCookies([{ name, value, url: n8n.baseUrl }]);
		const page = await context.newPage();
		await page.goto(`${n8n.baseUrl}/workflow/${loadExample('manual').id}`);
		const node = page.locator('.vue-flow__node', { hasText: 'Create conversation' });
		await node.waitFor({ timeout: 60_000 });
		await page.keyboard.press('Shift+1'); // zoom to fit
		await page.waitForTimeout(1500);
		await page.screenshot({ path: join(IMAGES, 'workflow-canvas.png') });

		// Run it, so the parameter panel also shows the conversations Libredesk returned.
		await page.locator('[data-test-id="execute-workflow-button"]').click();
		await page
			.locator('.vue-flow__node', { hasText: 'Create conversation' })
			.getByText('3 items')
			.first()
			.waitFor({ timeout: 60_000 })
			.catch(() => undefined);
		await page.waitForTimeout(1000);
		await node.dblclick();
		await page.getByText('Contact Email', { exact: true }).first().waitFor({ timeout: 30_000 });
		await page.waitForTimeout(1500);
		await page.screenshot({ path: join(IMAGES, 'create-conversation-parameters.png') });

		await page.goto(`${n8n.baseUrl}/workflow/${loadExample('trigger').id}`);
		const trigger = page.locator('.vue-flow__node', { hasText: 'New conversation' });
		await trigger.waitFor({ timeout: 60_000 });
		await trigger.dblclick();
		await page.getByText('Events', { exact: true }).first().waitFor({ timeout: 30_000 });
		await page.waitForTimeout(1500);
		await page.screenshot({ path: join(IMAGES, 'trigger-parameters.png') });
		process.stdout.write(`screenshots written to ${IMAGES}\n`);
	} finally {
		await browser.close();
		await n8n.stop();
		await target.sim?.close();
		rmSync(n8n.userFolder, { recursive: true, force: true });
	}
}

main().catch((error: Error) => {
	process.stderr.write(`screenshots failed: ${error.message}\n`);
	process.exit(1);
});
