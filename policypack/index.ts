// The only place the policy pack is constructed (it starts the Analyzer
// server, so nothing else may import this file).
import { PolicyPack } from "@pulumi/policy";
import { policies } from "./policies";

new PolicyPack("alicloud-multi-account-network", { policies });
