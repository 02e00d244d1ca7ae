/**
 * How every browser test launches Debian's Chromium: no downloaded browser, and the flags this
 * sandbox needs (no sandbox as root, no GPU, no background network traffic to a closed network).
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
