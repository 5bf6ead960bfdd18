// The benchmark estate as a program the planner plans: `vpcs` VPCs in ten
// accounts (see estate.ts).
import * as pulumi from "@pulumi/pulumi";
import { estateProgram } from "./estate";

estateProgram(new pulumi.Config().getNumber("vpcs") ?? 300)();
