/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-hardcoded-secrets -- a development script: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * A private npm registry (Verdaccio) on 127.0.0.1 for the browser test: its own storage and
 * config in a temporary folder, no uplinks (it serves only what was published to it), and one user
 * created through the registry's own API, whose token publishes.
 */
import { execFileSync, spawn } from 'child_process';
import type { ChildProcess } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { freePort } from './instance';
import { REPO_ROOT } from './runtime';

export interface Registry {
	url: string;
	/** An npmrc that points npm at this registry only (and holds no token). */
	npmrc: string;
	/** Environment for an npm that must reach this registry and nothing else. */
	npmEnv: NodeJS.ProcessEnv;
	publish(tarball: string): void;
	stop(): Promise<void>;
}

const CONFIG = (storage: string, htpasswd: string) => `
storage: ${storage}
auth:
  htpasswd:
    file: ${htpasswd}
uplinks: {}
packages:
  '**':
    access: $all
    publish: $authenticated
    unpublish: $authenticated
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
`;

/** The caller's environment without npm's settings (`npm run` passes the project's on as npm_config_*). */
function withoutNpmSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	return Object.fromEntries(
		Object.entries(env).filter(([name]) => !/^npm_config_/i.test(name)),
	) as NodeJS.ProcessEnv;
}

async function waitUntilServing(url: string, child: ChildProcess, log: () => string) {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`Verdaccio exited:\n${log()}`);
		try {
			if ((await fetch(`${url}/-/ping`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((done) => setTimeout(done, 200));
	}
	throw new Error(`Verdaccio did not answer at ${url} within 60 s:\n${log()}`);
}

/** `nodeEnv`: an environment whose `node` runs Verdaccio (6.10 needs Node 22+: the n8n 2.x runtime's). */
export async function startRegistry(nodeEnv: NodeJS.ProcessEnv): Promise<Registry> {
	const dir = mkdtempSync(join(tmpdir(), 'libredesk-registry-'));
	const config = join(dir, 'config.yaml');
	writeFileSync(config, CONFIG(join(dir, 'storage'), join(dir, 'htpasswd')));
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const bin = join(REPO_ROOT, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
	const child = spawn('node', [bin, '--config', config, '--listen', `127.0.0.1:${port}`], {
		env: withoutNpmSettings(nodeEnv),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	await waitUntilServing(url, child, () => log);

	// A user through the registry's API (as `npm adduser` does); its token only publishes.
	const created = await fetch(`${url}/-/user/org.couchdb.user:publisher`, {
		method: 'PUT',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ name: 'publisher', password: 'publisher-password-1' }),
	});
	const { token } = (await created.json()) as { token?: string };
	if (!created.ok || !token) throw new Error(`Verdaccio refused the user: ${created.status}`);

	const npmrc = join(dir, 'npmrc');
	writeFileSync(npmrc, `registry=${url}/\n`);
	const publishRc = join(dir, 'publish-npmrc');
	writeFileSync(publishRc, `registry=${url}/\n//127.0.0.1:${port}/:_authToken=${token}\n`);
	const npmEnv = {
		npm_config_registry: `${url}/`,
		npm_config_userconfig: npmrc,
		// An empty cache of its own, so nothing is served from an earlier download.
		npm_config_cache: join(dir, 'npm-cache'),
		// Ask the registry every time: a version published a minute ago must be seen at once.
		npm_config_prefer_online: 'true',
		npm_config_audit: 'false',
		npm_config_fund: 'false',
		npm_config_update_notifier: 'false',
	};

	return {
		url,
		npmrc,
		npmEnv,
		publish(tarball: string) {
			execFileSync('npm', ['publish', tarball, '--registry', `${url}/`, '--ignore-scripts'], {
				env: { ...withoutNpmSettings(process.env), ...npmEnv, npm_config_userconfig: publishRc },
				stdio: ['ignore', 'pipe', 'pipe'],
			});
		},
		async stop() {
			if (child.exitCode === null) {
				const exited = new Promise((done) => child.once('exit', done));
				child.kill('SIGTERM');
				await exited;
			}
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/**
 * The same package as `tarball` with the next patch version, packed in a temporary folder (the
 * repository's package.json is not touched). Returns the new tarball and its version.
 */
export function nextPatchTarball(tarball: string): { tarball: string; version: string } {
	const dir = mkdtempSync(join(tmpdir(), 'libredesk-next-'));
	execFileSync('tar', ['-xzf', tarball, '-C', dir]);
	const manifestPath = join(dir, 'package', 'package.json');
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
	const [major, minor, patch] = manifest.version.split(/[.-]/).map(Number);
	manifest.version = `${major}.${minor}.${patch + 1}`;
	writeFileSync(manifestPath, `${JSON.stringify(manifest, null, '\t')}\n`);
	const name = execFileSync(
		'npm',
		['pack', join(dir, 'package'), '--ignore-scripts', '--silent', '--pack-destination', dir],
		{ encoding: 'utf8', env: withoutNpmSettings(process.env) },
	)
		.trim()
		.split('\n')
		.pop() as string;
	return { tarball: join(dir, name), version: manifest.version };
}
