/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * The steps a user takes in n8n's editor, through the data-test-id attributes n8n's own browser
 * tests use. Each step ends on something the user sees and leaves a screenshot in
 * artifacts/browser/; the README's images are refreshed from them with UPDATE_README_IMAGES=true.
 */
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Locator, Page } from 'playwright-core';

import { OWNER } from '../../scripts/lib/instance';
import { REPO_ROOT } from '../../scripts/lib/runtime';

export const PACKAGE = 'n8n-nodes-libredesk';
export const ARTIFACTS = join(REPO_ROOT, 'artifacts', 'browser');

/** Screenshots the README shows: step name -> file in docs/images/. */
const README_IMAGES: Record<string, string> = {
	'02-community-node-install': 'install-community-node.png',
	'03b-credential-tested': 'credential-tested.png',
	'04-conversation-created': 'conversation-created.png',
};

const LONG = 120_000;

export interface CredentialInput {
	baseUrl: string;
	apiKey: string;
	apiSecret: string;
	wrongSecret: string;
}

export class Editor {
	constructor(
		readonly page: Page,
		private readonly baseUrl: string,
	) {
		mkdirSync(ARTIFACTS, { recursive: true });
	}

	private byTestId(id: string): Locator {
		return this.page.locator(`[data-test-id="${id}"]`);
	}

	async shot(name: string): Promise<void> {
		const path = join(ARTIFACTS, `${name}.png`);
		await this.page.screenshot({ path });
		const readmeImage = README_IMAGES[name];
		if (!readmeImage || process.env.UPDATE_README_IMAGES !== 'true') return;
		// The README shows the editor as users see it: without the frame of n8n's test mode.
		const style = await this.page.addStyleTag({
			content: '[data-test-id="e2e-test-mode-marker"] { display: none !important; }',
		});
		await this.page.screenshot({ path: join(REPO_ROOT, 'docs', 'images', readmeImage) });
		await style.evaluate((node) => node.parentNode?.removeChild(node));
	}

	async signUpOwner(): Promise<void> {
		await this.page.goto(`${this.baseUrl}/setup`);
		const form = this.byTestId('setup-form');
		await form.locator('input[name="email"]').fill(OWNER.email);
		await form.locator('input[name="firstName"]').fill(OWNER.firstName);
		await form.locator('input[name="lastName"]').fill(OWNER.lastName);
		await form.locator('input[name="password"]').fill(OWNER.password);
		await this.shot('01-owner-signup');
		await this.byTestId('form-submit-button').click();
		await this.page.waitForURL((url) => !url.pathname.startsWith('/setup'), { timeout: LONG });
	}

	/** Settings (the sidebar's gear) -> Community nodes, as a user gets there. */
	private async openCommunityNodes(): Promise<void> {
		await this.page.goto(`${this.baseUrl}/home/workflows`);
		await this.byTestId('main-sidebar-settings').click();
		await this.byTestId('settings-community-nodes').click();
		await this.page.waitForURL(/\/settings\/community-nodes/);
	}

	private packageCard(): Locator {
		return this.byTestId('community-package-card').filter({ hasText: PACKAGE });
	}

	async installCommunityPackage(): Promise<void> {
		await this.openCommunityNodes();
		await this.byTestId('empty-state').getByRole('button').click();
		const modal = this.byTestId('communityPackageInstall-modal');
		await modal.locator('[data-test-id="package-name-input"]').fill(PACKAGE);
		await modal.locator('[data-test-id="user-agreement-checkbox"]').click();
		await this.shot('02-community-node-install');
		await modal.locator('[data-test-id="install-community-package-button"]').click();
		await this.packageCard().waitFor({ timeout: LONG });
		await this.packageCard().getByText('Libredesk Trigger').waitFor();
		await this.shot('02b-community-node-installed');
	}

	private credentialModal(): Locator {
		return this.byTestId('editCredential-modal');
	}

	private async fillCredentialField(name: string, value: string): Promise<void> {
		await this.credentialModal()
			.locator(`[data-test-id="parameter-input-${name}"]`)
			.locator('input')
			.first()
			.fill(value);
	}

	/** Save is enabled once n8n has taken the changed value; clicking it earlier does nothing. */
	private async saveCredential(): Promise<void> {
		await this.page.keyboard.press('Tab');
		await this.credentialModal()
			.locator('[data-test-id="credential-save-button"]')
			.getByRole('button', { name: 'Save', exact: true })
			.click();
	}

	/** Opens a new workflow with a manual trigger and the Libredesk node's "Create a conversation". */
	async addLibredeskNode(): Promise<void> {
		await this.page.goto(`${this.baseUrl}/workflow/new`);
		await this.byTestId('canvas-add-button').click();
		await this.byTestId('node-creator-search-bar').fill('Manual Trigger');
		await this.nodeCreatorItem('Manual Trigger').click();
		await this.byTestId('canvas-handle-plus').first().click();
		await this.byTestId('node-creator-search-bar').fill('Libredesk');
		await this.nodeCreatorItem('Libredesk').click();
		await this.nodeCreatorItem(/^Create a conversation$/).click();
		await this.ndv().waitFor();
		// n8n saves the new workflow as soon as it has nodes; its address is kept for later runs.
		await this.page.waitForURL(/\/workflow\/(?!new)[^/]+/, { timeout: LONG });
		this.workflowUrl = this.page.url().replace(/(\/workflow\/[^/?#]+).*$/, '$1');
	}

	private workflowUrl = '';

	private nodeCreatorItem(text: string | RegExp): Locator {
		return this.byTestId('item-iterator-item').filter({ hasText: text }).first();
	}

	private ndv(): Locator {
		return this.byTestId('ndv');
	}

	/**
	 * Creates the credential from the node's "Connect to Libredesk": saved first with a wrong secret
	 * (n8n's test shows the package's message), then with the right one.
	 */
	async createCredential(input: CredentialInput): Promise<string> {
		await this.ndv().locator('[data-test-id="node-credentials-empty-state"]').click();
		const modal = this.credentialModal();
		await modal.waitFor();
		await this.fillCredentialField('baseUrl', input.baseUrl);
		await this.fillCredentialField('apiKey', input.apiKey);
		await this.fillCredentialField('apiSecret', input.wrongSecret);
		await this.saveCredential();
		await modal.getByText('Couldn’t connect with these settings').waitFor({ timeout: LONG });
		await modal.getByText('More details').click();
		const details = modal.locator('[data-test-id="node-credentials-config-container"]');
		const message = await details.getByText('Libredesk did not accept').innerText();
		await this.shot('03a-credential-wrong-secret');

		await this.fillCredentialField('apiSecret', input.apiSecret);
		await this.saveCredential();
		// A credential that passes its test is saved and its form closes, back to the node.
		await modal.waitFor({ state: 'hidden', timeout: LONG });
		// Opened again from the node (the pencil), n8n tests it and shows the result.
		await this.ndv().locator('[data-test-id="credential-edit-button"]').click();
		await modal.getByText('Connection tested successfully').waitFor({ timeout: LONG });
		await this.shot('03b-credential-tested');
		await modal.locator('.el-dialog__close').first().click();
		await modal.waitFor({ state: 'hidden' });
		return message;
	}

	/** Fills Conversation -> Create; the inbox comes from the package's list, read from Libredesk. */
	async fillCreateConversation(): Promise<void> {
		const ndv = this.ndv();
		await ndv
			.locator('[data-test-id="resource-locator-inboxId"] [data-test-id="rlc-input"]')
			.click();
		await this.byTestId('rlc-item').filter({ hasText: 'Support' }).click();
		const field = (name: string) =>
			ndv.locator(`[data-test-id="parameter-input-${name}"]`).locator('input, textarea').first();
		await field('contactEmail').fill('jane@example.com');
		await field('firstName').fill('Jane');
		await field('subject').fill('Browser test');
		await field('content').fill('Opened from the n8n editor by the browser test.');
	}

	/** Runs the open node ("Execute step") and returns the output panel's text once it shows the conversation. */
	async runOpenNode(shot: string): Promise<string> {
		const ndv = this.ndv();
		await ndv.locator('[data-test-id="node-execute-button"]').click();
		const output = ndv.locator('[data-test-id="output-panel"]');
		await output.locator('[data-test-id="radio-button-json"]').click();
		await output.getByText('Browser test - #').first().waitFor({ timeout: LONG });
		await this.shot(shot);
		return await output.innerText();
	}

	/** Opens the saved workflow again and the Libredesk node in it. */
	async reopenLibredeskNode(): Promise<void> {
		await this.page.goto(this.workflowUrl);
		const node = this.byTestId('canvas-node').filter({ hasText: 'Create a conversation' });
		await node.dblclick();
		await this.ndv().waitFor();
	}

	/** Settings -> Community nodes shows the newer version; Update, confirmed, installs it. */
	async updateCommunityPackage(version: string): Promise<void> {
		await this.openCommunityNodes();
		// The page reads the list (and n8n asks npm for newer versions) when it loads.
		await this.page.reload();
		const card = this.packageCard();
		const update = card.getByRole('button', { name: 'Update', exact: true });
		await update.waitFor({ timeout: LONG });
		await this.shot('05-update-available');
		await update.click();
		const confirm = this.byTestId('communityPackageManageConfirm-modal');
		await confirm.getByRole('button', { name: /confirm update/i }).click();
		await card.getByText(`v${version}`).waitFor({ timeout: LONG });
		await update.waitFor({ state: 'hidden' });
		await this.shot('06-updated');
	}
}
