/**
 * Writes a node's or credential's description, as the built class holds it (fields made by helper
 * functions included), back as the TypeScript literal n8n's lint rules read. Test-only code: the
 * rules of eslint-plugin-n8n-nodes-base and @n8n/eslint-plugin-community-nodes recognise a node
 * parameter, an option or a class description by its literal keys, so a field built by a function
 * is invisible to them in the source; written out here, every field is a literal.
 */
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `NodeConnectionTypes.Main` is how n8n's rules want connection types written. */
const CONNECTION_KEYS = new Set(['inputs', 'outputs']);

function key(name: string): string {
	return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/** A value as a TypeScript expression; functions (routing hooks) are left out. */
export function literal(value: unknown, indent = '\t', parentKey = ''): string {
	if (value === undefined || typeof value === 'function') return 'undefined';
	if (value === null || typeof value !== 'object') {
		if (CONNECTION_KEYS.has(parentKey) && value === 'main') return 'NodeConnectionTypes.Main';
		return JSON.stringify(value);
	}
	const inner = `${indent}\t`;
	if (Array.isArray(value)) {
		if (value.length === 0) return '[]';
		const items = value.map((item) => `${inner}${literal(item, inner, parentKey)},`);
		return `[\n${items.join('\n')}\n${indent}]`;
	}
	const entries = Object.entries(value).filter(
		([, item]) => item !== undefined && typeof item !== 'function',
	);
	if (entries.length === 0) return '{}';
	const lines = entries.map(
		([name, item]) => `${inner}${key(name)}: ${literal(item, inner, name)},`,
	);
	return `{\n${lines.join('\n')}\n${indent}}`;
}

/** Method groups n8n's rules look for on a node class (e.g. a webhook's lifecycle). */
type Methods = Record<string, Record<string, unknown>>;

/** The node's method groups as empty async methods: only their names matter to the rules. */
function methodStubs(name: string, groups: Methods | undefined): string[] {
	if (!groups) return [];
	const lines = Object.entries(groups).map(([group, methods]) => {
		const stubs = Object.keys(methods).map((method) => `\t\t\tasync ${method}() {},`);
		return [`\t\t${key(group)}: {`, ...stubs, '\t\t},'].join('\n');
	});
	return [`\t${name} = {`, ...lines, '\t};'];
}

/**
 * A node class whose `description` is the built description, written as a literal, with the
 * node's webhook methods as stubs.
 */
export function nodeClassSource(
	className: string,
	description: object,
	webhookMethods?: Methods,
): string {
	return [
		"import { NodeConnectionTypes } from 'n8n-workflow';",
		"import type { INodeType, INodeTypeDescription } from 'n8n-workflow';",
		'',
		`export class ${className} implements INodeType {`,
		`\tdescription: INodeTypeDescription = ${literal(description, '\t')};`,
		...methodStubs('webhookMethods', webhookMethods),
		'}',
		'',
	].join('\n');
}

/** A credential class with the built credential's fields, each written as a literal. */
export function credentialClassSource(className: string, credential: object): string {
	const fields = Object.entries(credential)
		.filter(([, value]) => value !== undefined && typeof value !== 'function')
		.map(([name, value]) => `\t${name} = ${literal(value, '\t')};`);
	return [
		"import type { ICredentialType } from 'n8n-workflow';",
		'',
		`export class ${className} implements ICredentialType {`,
		...fields,
		'}',
		'',
	].join('\n');
}
