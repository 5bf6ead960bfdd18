// Writes the estate's stack export in a process of its own: `estateWorker.ts <vpcs> <file>`;
// prints the resource count as JSON (its last line), as runScript reads it.
import { writeEstateState } from "./estate";

const [vpcs, file] = process.argv.slice(2);
writeEstateState(Number(vpcs), file).then(
    (count) => console.log(JSON.stringify(count)),
    (err: unknown) => {
        console.error(err);
        process.exit(1);
    },
);
