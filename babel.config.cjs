// Babel is used only by Jest, to strip TypeScript types; `tsc` builds dist/ and type-checks.
module.exports = { presets: [['@babel/preset-typescript', { allowDeclareFields: true }]] };
