package catalog

// Parse exposes parse to the external tests, so they can feed the parser
// data other than the embedded catalogue.
var Parse = parse
