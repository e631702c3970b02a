import { startSimulator } from '../../simulator/server';
import type { Simulator, SimulatorOptions } from '../../simulator/server';
import { SEED_KEYS } from '../../simulator/state';
import type { LibredeskCredentialData } from './n8n';

export function credentialsFor(
	sim: Simulator,
	overrides: Partial<LibredeskCredentialData> = {},
): LibredeskCredentialData {
	return {
		baseUrl: sim.url,
		apiKey: SEED_KEYS.admin.key,
		apiSecret: SEED_KEYS.admin.secret,
		allowUnauthorizedCerts: false,
		...overrides,
	};
}

/** Starts a fresh simulator per test file and closes it afterwards. */
export function useSimulator(options: SimulatorOptions = {}): { readonly sim: Simulator } {
	const holder: { sim?: Simulator } = {};
	beforeAll(async () => {
		holder.sim = await startSimulator(options);
	});
	afterAll(async () => {
		await holder.sim?.close();
	});
	return {
		get sim(): Simulator {
			if (!holder.sim) throw new Error('simulator not started');
			return holder.sim;
		},
	};
}

/** The requests the node sent to a path, ignoring lookups the test made itself. */
export function requestsTo(sim: Simulator, method: string, path: string) {
	return sim.requests.filter((request) => request.method === method && request.path === path);
}
