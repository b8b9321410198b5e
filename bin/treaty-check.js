#!/usr/bin/env node
// treaty-check: the drafting checks on the command line (see README, "Checks in review and CI").
require('./launch')('treaty-check');
