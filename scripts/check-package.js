// Checks what `npm pack` would publish: only dist/, README, LICENSE and package.json, the built
// node and credential files that package.json lists, and no runtime dependencies.
const { execFileSync } = require('child_process');
const pkg = require('../package.json');

const problems = [];
if (Object.keys(pkg.dependencies ?? {}).length)
	problems.push(`runtime dependencies: ${Object.keys(pkg.dependencies).join(', ')}`);
if (JSON.stringify(pkg.peerDependencies) !== JSON.stringify({ 'n8n-workflow': '*' }))
	problems.push('peerDependencies must be exactly {"n8n-workflow": "*"}');

const [report] = JSON.parse(
	execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const files = report.files.map((file) => file.path);
const allowed = /^(dist\/.+|README\.md|LICENSE\.md|package\.json)$/;
for (const file of files)
	if (!allowed.test(file)) problems.push(`unexpected file in the package: ${file}`);
for (const required of [...pkg.n8n.nodes, ...pkg.n8n.credentials, 'README.md', 'LICENSE.md']) {
	if (!files.includes(required)) problems.push(`missing from the package: ${required}`);
}
for (const icon of [
	'dist/nodes/Libredesk/libredesk.svg',
	'dist/nodes/Libredesk/libredesk.dark.svg',
	'dist/nodes/Libredesk/Libredesk.node.json',
]) {
	if (!files.includes(icon)) problems.push(`missing from the package: ${icon} (run npm run build)`);
}
if (problems.length) {
	console.error(`package check failed:\n- ${problems.join('\n- ')}`);
	process.exit(1);
}
console.log(
	`package check: ${files.length} files, only dist/, README.md, LICENSE.md and package.json; no runtime dependencies`,
);
