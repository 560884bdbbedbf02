// Fails early, with a German and English hint, when the end-to-end tests have no browser.
import fs from 'node:fs';

const browser = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(browser)) {
  console.error(`Kein Chromium unter ${browser} gefunden – die End-to-End-Tests brauchen ihn.`);
  console.error('Installieren:  sudo apt-get install chromium   (oder CHROMIUM_PATH=/pfad/zu/chromium setzen)');
  console.error(`No Chromium at ${browser}: install it with "apt-get install chromium" or set CHROMIUM_PATH.`);
  process.exit(1);
}
