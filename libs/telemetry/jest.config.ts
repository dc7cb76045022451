// CommonJS on purpose: Node loads this file with its own type stripping, where an ES module
// would have neither require nor __dirname.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const preset = require('../../jest.preset.js');

module.exports = { ...preset, displayName: 'telemetry', rootDir: __dirname };
