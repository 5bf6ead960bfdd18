// The policy SDK's floor for the benchmark: the pack's own policies, with
// the same names, levels and configuration, each validating nothing. What
// AnalyzeStack costs here is the SDK's alone (gRPC, protobuf decoding, and
// building every resource once per stack policy).
import { PolicyPack } from "@pulumi/policy";
import { policies } from "alicloud-multi-account-network/policies";

new PolicyPack("sdk-floor", {
    policies: policies.map((p) => ({ ...p, validateStack: () => undefined })),
});
