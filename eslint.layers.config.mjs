// The layer rule (docs/development.md, "Layers"): transport/ and concurrency/ each have one face,
// their index.ts; code outside a folder imports the folder, never a file inside it. It has a file
// of its own because n8n-node lint, in strict mode, accepts only n8n's eslint.config.mjs.
import tseslint from 'typescript-eslint';

const internals = (folder) => ({
	group: [`**/${folder}/*`],
	message: `Import from the ${folder} folder itself (its index.ts), not from a file inside it.`,
});
const onlyThroughIndex = (...folders) => ({
	'no-restricted-imports': ['error', { patterns: folders.map(internals) }],
});

export default [
	{
		files: ['nodes/**/*.ts'],
		languageOptions: { parser: tseslint.parser, parserOptions: { sourceType: 'module' } },
	},
	{
		files: ['nodes/**/*.ts'],
		ignores: ['nodes/Libredesk/transport/**', 'nodes/Libredesk/concurrency/**'],
		rules: onlyThroughIndex('transport', 'concurrency'),
	},
	{ files: ['nodes/Libredesk/transport/**/*.ts'], rules: onlyThroughIndex('concurrency') },
	{ files: ['nodes/Libredesk/concurrency/**/*.ts'], rules: onlyThroughIndex('transport') },
];
