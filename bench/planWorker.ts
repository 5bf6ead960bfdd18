// The offline plan of the seed sample, as `npm start` runs it, timed by the parent.
import * as os from "os";
import * as fs from "fs";
import * as path from "path";
import { plan } from "../sdk/src/plan/cli";
import { REPO_ROOT } from "../sdk/src/plan/programs";

const out = fs.mkdtempSync(path.join(os.tmpdir(), "bench-plan-"));
const log = process.stdout.write.bind(process.stdout);
process.stdout.write = () => true;
void plan(REPO_ROOT, out).then((code) => {
    process.stdout.write = log;
    log(JSON.stringify({ code }) + "\n");
    process.exit(code);
});
