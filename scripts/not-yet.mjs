// Placeholder for scripts whose issue has not landed yet; says so plainly instead of pretending.
const name = process.argv[2];
console.log(`npm run ${name}: not yet — it arrives with the script-tag embed (the bundle whose bytes it measures).`);
