/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions -- tests run in Node, not inside n8n (see docs/development.md#lint) */
/**
 * PostgreSQL and Redis for the queue-mode end-to-end test: is each one there, and a database and a
 * Redis key prefix of the test's own. The clients are the ones n8n itself uses (pg, ioredis), loaded
 * from the n8n runtime, so the package gains no dependency. The shared servers are only used, never
 * reconfigured: the test creates one database and drops it, and deletes only its own keys.
 */
import { spawnSync } from 'child_process';
import { createRequire } from 'module';
import { join } from 'path';

import type { Runtime } from '../../../scripts/lib/runtime';

export const POSTGRES = {
	host: process.env.LIBREDESK_E2E_PG_HOST ?? '127.0.0.1',
	port: Number(process.env.LIBREDESK_E2E_PG_PORT ?? 5432),
	user: process.env.LIBREDESK_E2E_PG_USER ?? 'postgres',
};
export const REDIS = {
	host: process.env.LIBREDESK_E2E_REDIS_HOST ?? '127.0.0.1',
	port: Number(process.env.LIBREDESK_E2E_REDIS_PORT ?? 6379),
	db: Number(process.env.LIBREDESK_E2E_REDIS_DB ?? 11),
};

/** Which of the two servers does not accept a TCP connection (checked synchronously, for describe.skip). */
export function missingServices(): string[] {
	const probe = `
		const net = require('net');
		const check = ([name, host, port]) => new Promise((done) => {
			const socket = net.connect({ host, port, timeout: 2000 }, () => { socket.end(); done(null); });
			socket.on('error', () => done(name)); socket.on('timeout', () => { socket.destroy(); done(name); });
		});
		Promise.all(JSON.parse(process.argv[1]).map(check)).then((missing) => console.log(JSON.stringify(missing.filter(Boolean))));`;
	const targets = [
		[`PostgreSQL on ${POSTGRES.host}:${POSTGRES.port}`, POSTGRES.host, POSTGRES.port],
		[`Redis on ${REDIS.host}:${REDIS.port}`, REDIS.host, REDIS.port],
	];
	const result = spawnSync(process.execPath, ['-e', probe, JSON.stringify(targets)], {
		encoding: 'utf8',
	});
	return JSON.parse(result.stdout) as string[];
}

/**
 * n8n's settings for queue mode on these servers: PostgreSQL database `database`, Redis under the
 * key `prefix` in REDIS.db (n8n's cache and pub/sub keys too: the cache keys become
 * n8n:<prefix>-cache:…).
 */
export function queueModeSettings(database: string, prefix: string): NodeJS.ProcessEnv {
	return {
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: POSTGRES.host,
		DB_POSTGRESDB_PORT: String(POSTGRES.port),
		DB_POSTGRESDB_USER: POSTGRES.user,
		DB_POSTGRESDB_DATABASE: database,
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: REDIS.host,
		QUEUE_BULL_REDIS_PORT: String(REDIS.port),
		QUEUE_BULL_REDIS_DB: String(REDIS.db),
		QUEUE_BULL_PREFIX: prefix,
		N8N_REDIS_KEY_PREFIX: prefix,
		N8N_CACHE_REDIS_KEY_PREFIX: `${prefix}-cache`,
	};
}

interface PgClient {
	connect(): Promise<void>;
	query<R = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<{ rows: R[] }>;
	end(): Promise<void>;
}
interface RedisClient {
	keys(pattern: string): Promise<string[]>;
	del(...keys: string[]): Promise<number>;
	quit(): Promise<unknown>;
}

function runtimeRequire(runtime: Runtime): NodeRequire {
	// Resolved as n8n resolves its own dependencies.
	return createRequire(join(runtime.dir, 'node_modules', 'n8n', 'package.json'));
}

/** A connected client; `database` defaults to the maintenance database. */
export async function postgres(runtime: Runtime, database = 'postgres'): Promise<PgClient> {
	const { Client } = runtimeRequire(runtime)('pg') as { Client: new (options: object) => PgClient };
	const client = new Client({ ...POSTGRES, database });
	await client.connect();
	return client;
}

export async function createDatabase(runtime: Runtime, name: string): Promise<void> {
	const client = await postgres(runtime);
	try {
		await client.query(`CREATE DATABASE "${name}"`);
	} finally {
		await client.end();
	}
}

export async function dropDatabase(runtime: Runtime, name: string): Promise<void> {
	const client = await postgres(runtime);
	try {
		// Connections n8n left open must not keep the database alive.
		await client.query(
			'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
			[name],
		);
		await client.query(`DROP DATABASE IF EXISTS "${name}"`);
	} finally {
		await client.end();
	}
}

/** Deletes the keys under the test's own prefix in its own Redis database. */
export async function deleteRedisKeys(runtime: Runtime, prefix: string): Promise<number> {
	const Redis = runtimeRequire(runtime)('ioredis') as new (options: object) => RedisClient;
	const client = new Redis({ ...REDIS, maxRetriesPerRequest: 2 });
	try {
		const keys = await client.keys(`*${prefix}*`);
		return keys.length ? await client.del(...keys) : 0;
	} finally {
		await client.quit();
	}
}
