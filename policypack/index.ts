// The ready-to-run policy pack of alicloud-multi-account-network:
//   pulumi preview --policy-pack node_modules/alicloud-multi-account-network/policypack
// It imports the package by name, as a pack of your own would; see the
// README's "Policy pack" section to compose these policies with yours.
import { networkPolicyPack } from "alicloud-multi-account-network/policies";

networkPolicyPack("alicloud-multi-account-network");
