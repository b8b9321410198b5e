#!/usr/bin/env node
// treaty-diff: versions and amendments on the command line (see README, "Versions and amendments").
require('./launch')('treaty-diff');
