#!/usr/bin/env node
// treaty-export: signing copies in Word/PDF/markdown with the alternat (see README, "Signing copies in Word").
require('./launch')('treaty-export');
