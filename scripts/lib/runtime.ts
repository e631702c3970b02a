/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions -- a development script: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * A real n8n for end-to-end tests, the demo and the dev editor. The pinned n8n (default 2.41.1 on
 * Node 24; N8N_VERSION=1.123.81 for the 1.x line on the machine's Node) is installed by
 * ../install-n8n.sh into a folder outside the repository (N8N_LIBREDESK_CACHE, default
 * ~/.cache/n8n-nodes-libredesk), which checks it on every use and repairs a broken one.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'fs';
import { homedir, tmpdir } from 'os';
import { join, resolve } from 'path';

export const REPO_ROOT = resolve(__dirname, '..', '..');

/** Where the n8n runtime and the dev editor's data live (outside the repository). */
export function cacheDir(): string {
	return process.env.N8N_LIBREDESK_CACHE ?? join(homedir(), '.cache', 'n8n-nodes-libredesk');
}

export interface Runtime {
	n8nBin: string;
	version: string;
	/** 1 or 2: the CLI and REST API differ between the two lines. */
	major: number;
	/** The folder n8n is installed in (its node_modules hold n8n's own dependencies). */
	dir: string;
	/** Environment with the Node n8n needs first on PATH and its expression engine, for running n8n. */
	env: NodeJS.ProcessEnv;
}

/** Installs the runtime when absent (progress on stderr) and returns how to run it. */
export function ensureRuntime(
	log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Runtime {
	log(
		`[n8n] checking the n8n runtime (${process.env.N8N_VERSION ?? '2.41.1'}); a first install takes about 4-10 minutes ...`,
	);
	const result = spawnSync('bash', [join(REPO_ROOT, 'scripts', 'install-n8n.sh')], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	if (result.status !== 0)
		throw new Error(
			`the n8n runtime could not be installed or repaired (exit ${result.status}); the reason is printed above`,
		);
	const envFile = result.stdout.trim().split('\n').pop() as string;
	const exported = execFileSync(
		'bash',
		['-c', `. "${envFile}" && node -e 'process.stdout.write(JSON.stringify(process.env))'`],
		{ encoding: 'utf8' },
	);
	const env = JSON.parse(exported) as NodeJS.ProcessEnv;
	if (!env.N8N_BIN || !existsSync(env.N8N_BIN))
		throw new Error(`n8n binary not found after install: ${env.N8N_BIN}`);
	return {
		n8nBin: env.N8N_BIN,
		version: env.N8N_VERSION ?? '',
		major: Number(env.N8N_MAJOR),
		dir: env.N8N_RUNTIME_DIR ?? '',
		env,
	};
}

/** `npm pack` of the built package into a temporary folder; returns the tarball path. */
export function packPackage(): string {
	if (!existsSync(join(REPO_ROOT, 'dist', 'nodes', 'Libredesk', 'Libredesk.node.js'))) {
		throw new Error('dist/ is missing: run `npm run build` first');
	}
	const dir = mkdtempSync(join(tmpdir(), 'libredesk-pack-'));
	const output = execFileSync(
		'npm',
		['pack', '--ignore-scripts', '--silent', '--pack-destination', dir],
		{ cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
	);
	return join(dir, output.trim().split('\n').pop() as string);
}

/**
 * Installs the tarball the way n8n's Community Nodes feature does: unpacked into
 * `<user folder>/.n8n/nodes/node_modules/n8n-nodes-libredesk`, so the node type is
 * `n8n-nodes-libredesk.libredesk`.
 */
export function installPackage(userFolder: string, tarball: string): string {
	const modules = join(userFolder, '.n8n', 'nodes', 'node_modules');
	mkdirSync(modules, { recursive: true });
	const target = join(modules, 'n8n-nodes-libredesk');
	rmSync(target, { recursive: true, force: true });
	const unpack = mkdtempSync(join(tmpdir(), 'libredesk-unpack-'));
	execFileSync('tar', ['-xzf', tarball, '-C', unpack]);
	renameSync(join(unpack, 'package'), target);
	rmSync(unpack, { recursive: true, force: true });
	if (!readdirSync(target).includes('dist')) throw new Error('the packed package has no dist/');
	return target;
}
