/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a development script: runs in Node, not inside n8n (see docs/development.md#lint) */
/** Debian's Chromium (apt-get install chromium), driven by playwright-core, for the screenshots and the browser test. */
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless and quiet: no GPU, no sandbox (CI runs as root), nothing fetched from the internet. */
export async function launchChromium(): Promise<Browser> {
	return await chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}
