/** SLA policies (cmd/sla.go): any key lists them; one by ID needs sla:manage (a missing one is a 404). */
import type { AdminRecord } from '../shared/adminRecord';

export const SLA_POLICY: AdminRecord = {
	field: 'slaPolicy',
	label: 'SLA Policy',
	searchMethod: 'searchSlaPolicies',
	endpoint: '/sla',
	permission: 'sla:manage',
};
