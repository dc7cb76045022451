// CommonJS on purpose: Node loads this file with its own type stripping, where an ES module
// would have neither require nor __dirname.
// eslint-disable-next-line @nx/enforce-module-boundaries
const preset = require('../../jest.preset.js');

module.exports = { ...preset, displayName: 'telemetry', rootDir: __dirname };
