#!/usr/bin/env node
// treaty-check: the drafting checks on the command line (see README, "Checks in review and CI").
const path = require('path');
const fs = require('fs');
const bundle = path.join(__dirname, '../server/out/treaty-check.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('treaty-check: not built yet; run `npm run build` (npm install does it) in ' + path.dirname(__dirname) + '\n');
  process.exit(2);
}
require(bundle).main();
