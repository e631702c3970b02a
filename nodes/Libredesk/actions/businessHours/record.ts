/**
 * Business hours (cmd/business_hours.go): any key lists them; one by ID needs
 * business_hours:manage (a missing one is a 404 "business hours not found").
 */
import type { AdminRecord } from '../shared/adminRecord';

export const BUSINESS_HOURS: AdminRecord = {
	field: 'businessHours',
	label: 'Business Hours',
	searchMethod: 'searchBusinessHours',
	endpoint: '/business-hours',
	permission: 'business_hours:manage',
};
