// Runs one of the bundled command-line tools (server/out/<name>.js), or says how to build it.
const path = require('path');
const fs = require('fs');

module.exports = function launch(name) {
  const bundle = path.join(__dirname, '../server/out', `${name}.js`);
  if (!fs.existsSync(bundle)) {
    process.stderr.write(`${name}: not built yet; run \`npm run build\` (npm install does it) in ${path.dirname(__dirname)}\n`);
    process.exit(2);
  }
  require(bundle).main();
};
