#!/usr/bin/env node
// treaty-consolidate: versions and amendments on the command line (see README, "Versions and amendments").
require('./launch')('treaty-consolidate');
