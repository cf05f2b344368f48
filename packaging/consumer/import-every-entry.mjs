// Imports every entry point of every installed package, as a user's `import` would find it.
// An entry may fail only for want of an optional peer (the user installs it when using that entry).
// Usage: node import-every-entry.mjs '[{"name":"@g4f/core","entries":["."],"optionalPeers":["vitest"]}]'
const packages = JSON.parse(process.argv[2]);
const results = [];
for (const { name, entries, optionalPeers } of packages) {
  for (const entry of entries) {
    const specifier = entry === '.' ? name : `${name}/${entry.slice(2)}`;
    try {
      const exported = Object.keys(await import(specifier));
      results.push({ specifier, loaded: exported.length > 0 });
    } catch (error) {
      const missingPeer = optionalPeers.find((peer) => error?.code === 'ERR_MODULE_NOT_FOUND' && error.message.includes(`'${peer}'`));
      results.push({ specifier, loaded: false, missingPeer, error: missingPeer ? undefined : String(error) });
    }
  }
}
console.log(JSON.stringify(results));
