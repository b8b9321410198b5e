#!/usr/bin/env node
// treaty-diff: versions and amendments on the command line (see README, "Versions and amendments").
const path = require('path');
const fs = require('fs');
const bundle = path.join(__dirname, '../server/out/treaty-diff.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('treaty-diff: not built yet; run `npm run build` (npm install does it) in ' + path.dirname(__dirname) + '\n');
  process.exit(2);
}
require(bundle).main();
