#!/usr/bin/env bash
# The GitHub Actions workflows parse as YAML and say what the release process relies on. The YAML
# parser (npm `yaml`) is installed into a temporary folder, not added to the project.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm install --no-save --no-audit --no-fund --loglevel=error yaml@2 > /dev/null)
NODE_PATH="$tmp/node_modules" node - .github/workflows/*.yml <<'JS'
const { readFileSync } = require('fs');
const { parse } = require('yaml');
const files = Object.fromEntries(process.argv.slice(2).map((file) => [file.split('/').pop(), parse(readFileSync(file, 'utf8'), { prettyErrors: true, uniqueKeys: true })]));
const problems = [];
const need = (ok, message) => ok || problems.push(message);
const steps = (workflow) => Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps ?? []);
const runs = (workflow) => steps(workflow).map((step) => step.run ?? '').join('\n');
const ci = files['ci.yml'];
const publish = files['publish.yml'];
need(ci, 'ci.yml is missing');
need(publish, 'publish.yml is missing');
if (ci) need(/\.ci\/run/.test(runs(ci)), 'ci.yml does not run .ci/run');
if (publish) {
	need(publish.on?.push?.tags?.length > 0, 'publish.yml does not run on a version tag');
	const permissions = { ...publish.permissions, ...Object.values(publish.jobs ?? {}).reduce((all, job) => ({ ...all, ...job.permissions }), {}) };
	need(permissions['id-token'] === 'write', 'publish.yml lacks permissions id-token: write (npm provenance)');
	need(/npm publish[^\n]*--provenance/.test(runs(publish)), 'publish.yml does not run npm publish --provenance');
	need(/npm run build/.test(runs(publish)) && /npm test/.test(runs(publish)), 'publish.yml does not build and test before publishing');
}
if (problems.length) {
	console.error(problems.map((problem) => `workflow check: ${problem}`).join('\n'));
	process.exit(1);
}
console.log(`workflows parse: ${Object.keys(files).join(', ')}`);
JS
