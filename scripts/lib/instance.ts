/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-hardcoded-secrets -- a development script: runs in Node, not inside n8n (see docs/development.md#lint) */
/**
 * One private n8n: its own user folder (database, settings, installed package), driven through
 * the n8n CLI (`import:*`, `publish:workflow`, `execute`) and, once started, its HTTP API.
 */
import { spawn } from 'child_process';
import type { ChildProcess } from 'child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';

import { installPackage } from './runtime';
import type { Runtime } from './runtime';

export interface CliResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

export interface ExecuteResult extends CliResult {
	/** The run data n8n printed with --rawOutput (parsed from the first `{` line to the last `}`). */
	run?: N8nRun;
}

export interface N8nRun {
	status: string;
	finished: boolean;
	data: {
		resultData: {
			runData: Record<
				string,
				Array<{
					executionStatus?: string;
					data?: { main: Array<Array<{ json: Record<string, unknown> }>> };
				}>
			>;
			error?: { message: string; description?: string; httpCode?: string };
			lastNodeExecuted?: string;
		};
	};
}

export const OWNER = {
	email: 'owner@example.com',
	password: 'Libredesk-n8n-1',
	firstName: 'Demo',
	lastName: 'Owner',
};

export async function freePort(): Promise<number> {
	return await new Promise((resolvePort, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolvePort(port));
		});
	});
}

export function parseRawOutput(stdout: string): N8nRun | undefined {
	const lines = stdout.split('\n');
	const start = lines.indexOf('{');
	const end = lines.lastIndexOf('}');
	if (start === -1 || end < start) return undefined;
	try {
		return JSON.parse(lines.slice(start, end + 1).join('\n')) as N8nRun;
	} catch {
		return undefined;
	}
}

export type N8nCommand = 'start' | 'worker' | 'webhook';

/** What each command prints once it serves (the same on n8n 1.x and 2.x). */
const READY: Record<N8nCommand, RegExp> = {
	start: /Editor is now accessible via/,
	webhook: /Webhook listener waiting for requests/,
	worker: /n8n worker is now ready/,
};

/** One long-running n8n process and everything it printed. */
export class N8nProcess {
	log = '';

	constructor(
		readonly command: N8nCommand,
		readonly port: number,
		private readonly child: ChildProcess,
		onLine?: (line: string) => void,
	) {
		const collect = (chunk: Buffer) => {
			const text = chunk.toString();
			this.log += text;
			if (onLine) text.split('\n').filter(Boolean).forEach(onLine);
		};
		child.stdout?.on('data', collect);
		child.stderr?.on('data', collect);
	}

	get baseUrl(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	get pid(): number | undefined {
		return this.child.pid;
	}

	async ready(timeoutMs = 180_000): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			if (this.child.exitCode !== null || this.child.signalCode !== null)
				throw new Error(
					`n8n ${this.command} exited (${this.child.exitCode ?? this.child.signalCode}):\n${this.log}`,
				);
			if (READY[this.command].test(this.log) && (await this.healthy())) return;
			await new Promise((done) => setTimeout(done, 250));
		}
		throw new Error(
			`n8n ${this.command} did not become ready within ${timeoutMs / 1000} s:\n${this.log}`,
		);
	}

	private async healthy(): Promise<boolean> {
		if (!this.port) return true;
		try {
			return (await fetch(`${this.baseUrl}/healthz/readiness`)).ok;
		} catch {
			return false;
		}
	}

	/** SIGTERM, then SIGKILL if it has not exited after `graceMs` (n8n's own shutdown waits 30 s). */
	async stop(graceMs = 20_000): Promise<void> {
		const child = this.child;
		if (child.exitCode !== null || child.signalCode !== null) return;
		await new Promise<void>((done) => {
			const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
			child.once('exit', () => {
				clearTimeout(timer);
				done();
			});
			child.kill('SIGTERM');
		});
	}
}

export class N8nInstance {
	readonly userFolder: string;
	private server?: N8nProcess;
	private cookie = '';
	port = 0;

	/**
	 * `tarball`: the package to put where Community Nodes installs it, or undefined for an n8n
	 * without it (the browser test installs it through the editor). `settings`: environment for
	 * every command of this instance, e.g. a PostgreSQL database.
	 */
	constructor(
		readonly runtime: Runtime,
		tarball: string | undefined,
		userFolder?: string,
		private readonly settings: NodeJS.ProcessEnv = {},
	) {
		this.userFolder = userFolder ?? mkdtempSync(join(tmpdir(), 'libredesk-n8n-home-'));
		if (tarball) installPackage(this.userFolder, tarball);
	}

	get baseUrl(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	private async env(extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
		// Jest sets NODE_ENV=test, which silences n8n's logger and so its --rawOutput.
		const inherited = { ...this.runtime.env };
		delete inherited.NODE_ENV;
		delete inherited.JEST_WORKER_ID;
		return {
			...inherited,
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: 'libredesk-e2e-encryption-key',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			DB_TYPE: 'sqlite',
			// --rawOutput prints through the logger at info level.
			N8N_LOG_LEVEL: 'info',
			// From the runtime: quickjs on 2.x (isolated-vm segfaults at exit under load on Node 24),
			// legacy on 1.x (its isolated-vm has no build for Node 20); see scripts/install-n8n.sh.
			N8N_EXPRESSION_ENGINE: inherited.N8N_EXPRESSION_ENGINE ?? 'quickjs',
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			N8N_SECURE_COOKIE: 'false',
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			...this.settings,
			...extra,
		};
	}

	/** Runs an n8n CLI command to completion (n8n must not be started for imports). */
	async cli(args: string[], timeoutMs = 180_000): Promise<CliResult> {
		// Asynchronous on purpose: the simulator often runs in this same process and must keep answering.
		const child = spawn(this.runtime.n8nBin, args, {
			env: await this.env(),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		const status = await new Promise<number | null>((done) =>
			child.on('close', (code) => done(code)),
		);
		clearTimeout(timer);
		return { status, stdout, stderr };
	}

	private async mustRun(args: string[]): Promise<CliResult> {
		const result = await this.cli(args);
		if (result.status !== 0)
			throw new Error(
				`n8n ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
			);
		return result;
	}

	private writeJson(name: string, value: unknown): string {
		const dir = join(this.userFolder, 'import');
		mkdirSync(dir, { recursive: true });
		const file = join(dir, name);
		writeFileSync(file, JSON.stringify(value, null, 2));
		return file;
	}

	/** Plain credential data is encrypted by n8n on import. */
	async importCredentials(
		credentials: Array<{ id: string; name: string; type: string; data: Record<string, unknown> }>,
	): Promise<void> {
		await this.mustRun([
			'import:credentials',
			`--input=${this.writeJson('credentials.json', credentials)}`,
		]);
	}

	async importWorkflow(workflow: { id: string }): Promise<void> {
		await this.mustRun([
			'import:workflow',
			`--input=${this.writeJson(`workflow-${workflow.id}.json`, workflow)}`,
		]);
	}

	/** Marks a workflow active for the next `start` (2.x: publish; 1.x has no publishing yet). */
	async publishWorkflow(id: string): Promise<void> {
		await this.mustRun(
			this.runtime.major >= 2
				? ['publish:workflow', `--id=${id}`]
				: ['update:workflow', `--id=${id}`, '--active=true'],
		);
	}

	/** Deactivates (unpublishes) a workflow through the running main process, as the editor does. */
	async deactivateWorkflow(id: string): Promise<{ status: number; body: unknown }> {
		if (this.runtime.major >= 2) return await this.rest('POST', `/workflows/${id}/deactivate`, {});
		const current = await this.rest<{ data: { versionId: string } }>('GET', `/workflows/${id}`);
		return await this.rest('PATCH', `/workflows/${id}`, {
			active: false,
			versionId: current.body.data.versionId,
		});
	}

	async execute(id: string): Promise<ExecuteResult> {
		const result = await this.cli(['execute', `--id=${id}`, '--rawOutput']);
		return { ...result, run: parseRawOutput(result.stdout) };
	}

	/** Starts `n8n start` (the main process) and waits until it is ready. */
	async start(
		port?: number,
		onLine?: (line: string) => void,
		extra: NodeJS.ProcessEnv = {},
	): Promise<void> {
		this.port = port ?? (await freePort());
		const webhookUrl = extra.WEBHOOK_URL ?? `http://127.0.0.1:${this.port}/`;
		this.server = await this.spawnProcess(
			'start',
			this.port,
			{ N8N_EDITOR_BASE_URL: `http://localhost:${this.port}`, WEBHOOK_URL: webhookUrl, ...extra },
			onLine,
		);
	}

	/**
	 * Starts one long-running n8n process (`start`, or `worker` / `webhook` in queue mode) on this
	 * user folder and waits until it says it is ready (on n8n 1.x the health check answers before
	 * the REST API is mounted).
	 */
	async spawnProcess(
		command: N8nCommand,
		port = 0,
		extra: NodeJS.ProcessEnv = {},
		onLine?: (line: string) => void,
	): Promise<N8nProcess> {
		const child = spawn(this.runtime.n8nBin, [command], {
			env: await this.env({ ...(port ? { N8N_PORT: String(port) } : {}), ...extra }),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const started = new N8nProcess(command, port, child, onLine);
		await started.ready();
		return started;
	}

	get log(): string {
		return this.server?.log ?? '';
	}

	/** The main process's pid, for the benchmark's CPU figures. */
	get pid(): number {
		if (!this.server?.pid) throw new Error('n8n is not started');
		return this.server.pid;
	}

	async stop(graceMs?: number): Promise<void> {
		await this.server?.stop(graceMs);
	}

	/** Sets up the owner account on first start (n8n shows a setup screen otherwise) and logs in. */
	async setupOwner(): Promise<void> {
		const response = await fetch(`${this.baseUrl}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(OWNER),
		});
		if (!response.ok && response.status !== 400)
			throw new Error(`owner setup failed: ${response.status} ${await response.text()}`);
		await this.login();
	}

	async login(): Promise<void> {
		const response = await fetch(`${this.baseUrl}/rest/login`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
		});
		if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
		this.cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
	}

	/** The owner's session cookie (`name=value`), for a browser or a raw request. */
	get authCookie(): string {
		return this.cookie;
	}

	/**
	 * Turns on one licensed feature through n8n's end-to-end test endpoint, which exists only when
	 * n8n was started with E2E_TESTS=true (every other licensed feature stays off).
	 */
	async enableLicenseFeature(feature: string): Promise<void> {
		const response = await fetch(`${this.baseUrl}/rest/e2e/feature`, {
			method: 'PATCH',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ feature, enabled: true }),
		});
		if (!response.ok)
			throw new Error(`enabling ${feature} failed: ${response.status} ${await response.text()}`);
	}

	/** A call to n8n's internal REST API as the logged-in owner. */
	async rest<T = unknown>(
		method: string,
		path: string,
		body?: unknown,
	): Promise<{ status: number; body: T }> {
		const response = await fetch(`${this.baseUrl}/rest${path}`, {
			method,
			headers: {
				'Content-Type': 'application/json',
				Cookie: this.cookie,
				'browser-id': 'libredesk-e2e',
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		let parsed: unknown = text;
		try {
			parsed = JSON.parse(text);
		} catch {
			// keep text
		}
		return { status: response.status, body: parsed as T };
	}
}
