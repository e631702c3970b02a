import { useResourceRig } from './resourceRig';
import { seedRichContact } from './seed';

/** The resource rig for Contact operations, plus a seeded contact with every field set. */
export function useContactRig() {
	const rig = useResourceRig('contact');
	return { ...rig, richContact: async () => await seedRichContact(rig.ctx.sim) };
}

/** A contact picked By ID. */
export const byId = (id: number) => ({ __rl: true, mode: 'id', value: String(id) });
