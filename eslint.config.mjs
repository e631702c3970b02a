// n8n's two rule sets, applied the way n8n's node CLI applies them: the community rules
// everywhere, plus n8n-nodes-base's classic rules per file kind. Tests and scripts are not
// part of the package and are not linted by these rules.
import tseslint from 'typescript-eslint';
import * as jsoncParser from 'jsonc-eslint-parser';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';

const community = n8nCommunityNodesPlugin.configs.recommended;

// transport/ and concurrency/ each have one face, their index.ts: code outside a folder imports
// the folder, never a file inside it (docs/development.md, "Layers").
const internals = (folder) => ({
	group: [`**/${folder}/*`],
	message: `Import from the ${folder} folder itself (its index.ts), not from a file inside it.`,
});
const onlyThroughIndex = (...folders) => ({
	'no-restricted-imports': ['error', { patterns: folders.map(internals) }],
});

export default [
	{
		ignores: ['dist/**', 'node_modules/**', 'test/**', 'scripts/**', 'examples/**', 'coverage/**'],
	},
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		languageOptions: { parser: tseslint.parser, parserOptions: { sourceType: 'module' } },
		plugins: { ...community.plugins, '@typescript-eslint': tseslint.plugin },
		rules: {
			...community.rules,
			'no-console': 'error',
			'@typescript-eslint/no-explicit-any': 'error',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		ignores: ['nodes/Libredesk/transport/**', 'nodes/Libredesk/concurrency/**'],
		rules: onlyThroughIndex('transport', 'concurrency'),
	},
	{ files: ['nodes/Libredesk/transport/**/*.ts'], rules: onlyThroughIndex('concurrency') },
	{ files: ['nodes/Libredesk/concurrency/**/*.ts'], rules: onlyThroughIndex('transport') },
	{
		files: ['package.json'],
		languageOptions: { parser: jsoncParser },
		plugins: { ...community.plugins, 'n8n-nodes-base': n8nNodesBase },
		rules: { ...community.rules, ...n8nNodesBase.configs.community.rules },
	},
	{
		files: ['credentials/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
];
