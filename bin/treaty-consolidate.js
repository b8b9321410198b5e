#!/usr/bin/env node
// treaty-consolidate: versions and amendments on the command line (see README, "Versions and amendments").
const path = require('path');
const fs = require('fs');
const bundle = path.join(__dirname, '../server/out/treaty-consolidate.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('treaty-consolidate: not built yet; run `npm run build` (npm install does it) in ' + path.dirname(__dirname) + '\n');
  process.exit(2);
}
require(bundle).main();
