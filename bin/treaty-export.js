#!/usr/bin/env node
// treaty-export: signing copies in Word/PDF/markdown with the alternat (see README, "Signing copies in Word").
const path = require('path');
const fs = require('fs');
const bundle = path.join(__dirname, '../server/out/treaty-export.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('treaty-export: not built yet; run `npm run build` (npm install does it) in ' + path.dirname(__dirname) + '\n');
  process.exit(2);
}
require(bundle).main();
