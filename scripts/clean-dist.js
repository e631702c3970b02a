// Removes dist/ before a build so that files of deleted sources never reach the package.
require('fs').rmSync(require('path').join(__dirname, '..', 'dist'), {
	recursive: true,
	force: true,
});
